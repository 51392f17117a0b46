import DossierAnswering
import DossierKit

/// "What does A import from B" asks what "B exports to A": a flow of goods is one event
/// that each side names with its own verb. The converse reading swaps the verb's concept
/// for the other side's and makes the second party the one acting.
///
/// The predicates the question's verbs name (``Question/predicates``) stay as asked: they
/// say which claim of a sentence the question is about, and a sentence telling of one flow
/// gives a claim for each verb it uses ("sold ... purchased" is an export and an import).
enum ConverseReading {
    /// Concepts (as the lexicon names them) and their converse.
    static let concepts = ["import": "export", "export": "import"]

    /// The converse of a question naming two parties and a concept that has one; none
    /// otherwise.
    static func readings(of question: Question) -> [QuestionReading] {
        guard question.entityIDs.count >= 2, question.terms.contains(where: { concepts[$0] != nil }) else { return [] }
        var swapped = question
        swapped.terms = question.terms.map { concepts[$0] ?? $0 }
        swapped.entities = Array(question.entities.dropFirst()) + Array(question.entities.prefix(1))
        swapped.leadEntities = [swapped.entities[0].entity]
        return [QuestionReading(swapped, weight: TradeWeights.converse)]
    }
}
