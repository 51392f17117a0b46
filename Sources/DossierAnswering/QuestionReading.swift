public import DossierKit

/// One way of reading a question, with what a fact matched through it is worth.
///
/// A question may say one thing in words that fit facts stated another way: "what does A
/// import from B" is answered by a fact stating what B exports to A. An answerer that
/// knows such a reading hands it to ``FactSelector`` beside the question as asked; the
/// selector ranks the facts against every reading and keeps, for each fact, its best one.
public struct QuestionReading: Sendable, Hashable {
    /// The question as this reading understands it: other terms, predicates or roles.
    public var question: Question
    /// What a match through this reading is worth, from 0 to 1, multiplied into its
    /// confidence: 1 for the question as asked (``literalWeight``); under 1 for a reading
    /// that departs from the words, so a fact stated the way the question asks wins a tie.
    public var weight: Double

    /// The weight of the question read as asked.
    public static let literalWeight = 1.0

    /// Creates a reading.
    public init(_ question: Question, weight: Double) {
        self.question = question
        self.weight = weight
    }

    /// The question as asked, at full weight.
    public static func literal(_ question: Question) -> QuestionReading {
        QuestionReading(question, weight: literalWeight)
    }
}
