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

    /// Words a question shares with a claim count for less once the claim is of the class
    /// the question's verbs name: the verb is then matched by its role, and the sentence
    /// says the rest in its own words. The term share `t` of the match is replaced by
    /// `termFloor + (1 - termFloor) × t`; every other factor (entities, roles, time) stays.
    public static let termFloor = 0.6

    /// What each person the question names and the claim's sentence does not costs: one
    /// sentence names everyone its claim involves, so a person missing from it means
    /// another event (the right country with the wrong minister).
    public static let missingPerson = 0.7

    /// The match's score with these rules applied; the score itself for curated facts.
    public static func score(of match: FactMatch, for question: Question, in facts: any FactQuery) -> Double {
        guard match.fact.qualifiers["salience"] != nil else { return match.score }
        let involved = Set(match.fact.allEntities)
        let missing = question.entityIDs.filter { facts.entity($0)?.isPerson == true && !involved.contains($0) }.count
        var score = match.score
        for _ in 0..<missing { score *= missingPerson }
        guard question.predicates.contains(where: { $0.prefix { $0 != "." } == match.fact.domain }),
              match.termCoverage > 0.05
        else { return score }
        return score / match.termCoverage * (termFloor + (1 - termFloor) * match.termCoverage)
    }
}
