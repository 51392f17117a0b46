public import DossierKit

/// Whether a claim tells of what was done or of what is planned, against what the question
/// asks: a claim the reader marked `modality: expected` ("will visit", "plans to sign",
/// "is expected to include") is no event yet, so it never answers a question about what
/// happened ("when did A visit B", "did A sign"); it answers one asking what is planned
/// or expected ("when will A visit B", "who was A expected to meet").
///
/// It is a part of a confidence's role fit: 1 when the two agree, and one of the weights
/// below when they do not.
public enum ModalityFit {
    /// A planned claim against a question about when, whether, where, how long or how
    /// much something happened: a plan is not an event, so the claim stays far under the
    /// threshold (shown by `:why`, never answered).
    public static let plannedForDone = 0.2
    /// A planned claim against a question about who or what took part ("which envoys were
    /// in Pellor to sign"): the plan names them, and the answer says it is a plan.
    public static let plannedForParties = 0.9
    /// The kinds of question a plan names the answer to, said as a plan.
    static let partyKinds: Set<QuestionKind> = [.who, .what, .list, .why]
    /// A claim of something done against a question about what is planned: a past event
    /// is not the plan asked about, so it too stays under the threshold.
    public static let doneForPlanned = 0.45

    /// The qualifier and value the reader gives a planned claim.
    public static let role = "modality"
    public static let expected = "expected"

    /// Words of a question that ask about a plan or an expectation: "will", "is expected
    /// to", "plans to", "is scheduled to" ("due to" is as often a cause).
    static let planWords: Set<String> = [
        "will", "shall", "expected", "expect", "expects", "scheduled", "planned", "plan", "plans", "planning",
        "intends", "intend", "intended", "aims", "aim",
    ]
    /// Words that ask about a plan only when "to" follows: "is set to", "were to explore".
    /// ("going to" is as often a motion: "the vote on going to the court").
    static let planWordsBeforeTo: Set<String> = ["set", "is", "are", "was", "were"]
    /// The concepts of those words as question terms: they are answered by the claim's
    /// modality, not by words of its sentence.
    static let planConcepts: Set<String> = ["expect", "plan", "schedule", "intend", "aim"]

    /// True when the claim tells of something planned or expected.
    public static func isPlanned(_ fact: Fact) -> Bool { fact.qualifiers[role] == expected }

    /// True when the question asks about something planned or expected.
    public static func asksAboutPlan(_ question: Question) -> Bool {
        let words = LowercaseWords.of(question.text)
        return words.indices.contains { index in
            planWords.contains(words[index])
                || planWordsBeforeTo.contains(words[index]) && index + 1 < words.count && words[index + 1] == "to"
        }
    }

    /// The question with the terms that ask for a plan dropped, when it asks for one: the
    /// claim's modality answers them.
    public static func read(_ question: Question) -> Question {
        read(question, asksAboutPlan: asksAboutPlan(question))
    }

    /// ``read(_:)`` for a question whose ``asksAboutPlan(_:)`` is already known.
    static func read(_ question: Question, asksAboutPlan: Bool) -> Question {
        guard asksAboutPlan else { return question }
        var read = question
        let kept = question.terms.filter { !planConcepts.contains($0) }
        if !kept.isEmpty { read.terms = kept }
        return read
    }

    /// A factor from 0 to 1 to multiply a match's score by, with a word on why. Curated
    /// facts, which tell of what happened, are read as done.
    public static func factor(of fact: Fact, for question: Question) -> (Double, String) {
        factor(of: fact, for: question, asksAboutPlan: asksAboutPlan(question))
    }

    /// ``factor(of:for:)`` for a question whose ``asksAboutPlan(_:)`` is already known: it
    /// depends on the question's text only, read once for all the facts weighed against it.
    static func factor(of fact: Fact, for question: Question, asksAboutPlan: Bool) -> (Double, String) {
        switch (isPlanned(fact), asksAboutPlan) {
        case (true, false) where partyKinds.contains(question.kind): (plannedForParties, "a plan, said as one")
        case (true, false): (plannedForDone, "a plan, while the question asks what happened")
        case (false, true): (doneForPlanned, "an event, while the question asks what is planned")
        default: (1, "")
        }
    }
}
