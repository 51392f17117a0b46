public import DossierKit

/// How well a claim read from a document fits the predicate the question asks about.
///
/// One sentence gives a claim for every verb class it names ("announced the
/// establishment of relations and the severance of ties" is a statement, an
/// establishment and a severance); the question's own verbs (``Question/predicates``)
/// say which of them is meant. Curated facts carry no `salience` and are left alone.
public enum ClaimFit {
    /// A claim of a domain the question's verbs name.
    public static let named = 1.0
    /// The claim a sentence is about, when the question names another class or none.
    public static let main = 0.97
    /// A secondary claim of a sentence, of a class the question does not name.
    public static let secondary = 0.9

    /// The factor to multiply a match by, with a word on why.
    public static func factor(of fact: Fact, for question: Question) -> (Double, String) {
        guard let salience = fact.qualifiers["salience"] else { return (1, "") }
        let domains = Set(question.predicates.map { String($0.prefix { $0 != "." }) })
        if domains.contains(fact.domain) { return (named, "the question names \(fact.predicate)") }
        if salience == "main" { return (question.predicates.isEmpty ? named : main, "the sentence's main claim") }
        return (secondary, "a secondary claim of its sentence")
    }
}
