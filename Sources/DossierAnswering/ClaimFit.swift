public import DossierKit

/// How well a claim read from a document fits the predicate the question asks about:
/// the same predicate, not merely the same domain (an embassy moved is not one opened).
///
/// One sentence gives a claim for every verb class it names ("announced the
/// establishment of relations and the severance of ties" is a statement, an
/// establishment and a severance); the question's own verbs (``Question/predicates``)
/// say which of them is meant. Curated facts carry no `salience` and are left alone.
public enum ClaimFit {
    /// A claim of the predicate the question's first verb names.
    public static let named = 1.0
    /// A claim of a predicate a later verb of the question names ("keep selling ... after
    /// breaking off relations" asks about the selling).
    public static let namedLater = 0.8
    /// The claim a sentence is about, when the question names another class.
    public static let main = 0.9
    /// A secondary claim of a class the question does not name, when it names another:
    /// its sentence speaks of the asked event only through a neighbouring claim ("opened
    /// ..., two days after Tarland moved its mission" is no answer to when Tarland opened).
    public static let otherEvent = 0.4

    /// The factor to multiply a match by, with a word on why.
    public static func factor(of fact: Fact, for question: Question) -> (Double, String) {
        guard let salience = fact.qualifiers["salience"] else { return (1, "") }
        if names(fact, question) {
            let first = question.predicates.first == fact.predicate || question.predicates.first == fact.domain
            return (first ? named : namedLater, "the question names \(fact.predicate)")
        }
        // A question naming no verb class does not say which claim of a sentence it asks
        // about: every claim of the sentence counts alike, and the words of each claim's
        // predicate the question uses (the scorer's predicate focus) tell them apart.
        if question.predicates.isEmpty { return (named, salience == "main" ? "the sentence's main claim" : "a claim of its sentence") }
        if salience == "main" { return (main, "the sentence's main claim") }
        return (otherEvent, "a neighbouring claim of the event asked about")
    }

    /// Words a question shares with a claim count for less once the claim is of the class
    /// the question's verbs name: the verb is then matched by its role, and the sentence
    /// says the rest in its own words. The term share `t` of the match is replaced by
    /// `termFloor + (1 - termFloor) × t`; every other factor (entities, roles, time) stays.
    public static let termFloor = 0.7

    /// What each person the question names and the claim's sentence does not costs: one
    /// sentence names everyone its claim involves, so a person missing from it means
    /// another event (the right country with the wrong minister).
    public static let missingPerson = 0.7

    /// What a claim whose subject is not the entity the question names as acting costs
    /// ("when did Tarland open its embassy" against Estavia opening one, with Tarland
    /// named in the same sentence).
    public static let wrongRole = 0.6
    /// Domains whose two sides may swap: relations between A and B, A meeting B.
    public static let symmetricDomains: Set<String> = ["relations", "meeting", "diplomatic-relations"]

    /// True when the question names no actor, or one of its lead entities is the claim's
    /// subject (or, for a symmetric predicate, its object), directly, as a place inside
    /// it, or as a person of it.
    static func actsInRole(_ fact: Fact, for question: Question, in facts: any FactQuery) -> Bool {
        // A report claim read no verb, so it has no roles to get wrong.
        guard question.actorIsNamed, !question.isPassive, !question.leadEntities.isEmpty, fact.domain != "report" else { return true }
        func acts(_ entity: String, _ role: String?) -> Bool {
            guard let role else { return false }
            return role == entity || facts.entity(role)?.partOf == entity || facts.entity(entity)?.partOf == role
        }
        let roles = symmetricDomains.contains(fact.domain) ? [fact.subject, fact.object] : [fact.subject]
        // A statement's speaker may be named anywhere ("what did A want, according to B").
        let candidates = fact.domain == "statement" ? question.entityIDs : question.leadEntities
        return candidates.contains { lead in roles.contains { acts(lead, $0) } }
    }

    /// True when the question names the claim's predicate, or its whole domain ("trade"
    /// for "what does A trade with B", which exports and imports answer).
    static func names(_ fact: Fact, _ question: Question) -> Bool {
        question.predicates.contains(fact.predicate) || question.predicates.contains(fact.domain)
    }

    /// What each country or city the question names costs when a relations claim only
    /// mentions it, in no role of its own (subject, object, counterpart, place): "El Salvador's ties
    /// with Taiwan" against El Salvador establishing ties with China while the same
    /// sentence names Taiwan.
    public static let placeOutOfRole = 0.7

    static func placesOutOfRole(_ fact: Fact, for question: Question, in facts: any FactQuery) -> Int {
        // Only relations pair two countries by definition; other claims name places freely.
        guard symmetricDomains.contains(fact.domain) else { return 0 }
        let roleNames = [fact.qualifiers["counterpart"], fact.qualifiers["place"]].compactMap { $0 }
        // A relation read without its other side ("the two governments agree to establish
        // ties") leaves that role unread, not filled by someone else: any country the
        // sentence names may be it.
        let roles = [fact.subject, fact.object].compactMap { $0 } + (fact.object == nil ? fact.entities : [])
        func fills(_ entity: String) -> Bool {
            roles.contains { $0 == entity || facts.entity($0)?.partOf == entity || facts.entity(entity)?.partOf == $0 }
                || roleNames.contains(facts.name(of: entity))
                || facts.entity(entity)?.partOf.map { parent in roles.contains(parent) || roleNames.contains(facts.name(of: parent)) } == true
        }
        return question.entityIDs.filter { entity in
            ["country", "city"].contains(facts.entity(entity)?.kind ?? "") && !fills(entity)
        }.count
    }

    /// A "when" question asks the date of the event its verbs name. Where a sentence gives
    /// a claim of that event, the sentence's main claim of another class is another event,
    /// dated by its own clause ("opened its embassy on Sunday, three months after it cut
    /// ties" dates the opening, not the break): it counts as ``otherEvent``, not ``main``.
    static func dateOtherEvents(in ranked: inout [String: FactSelector.Ranked], for question: Question) {
        guard question.kind == .when, !question.predicates.isEmpty else { return }
        let quoteOf = { (fact: Fact) in fact.qualifiers["salience"] != nil ? fact.citations.first?.quote : nil }
        let asked = Set(ranked.values.filter { names($0.match.fact, $0.reading) }.compactMap { quoteOf($0.match.fact) })
        for (id, match) in ranked where match.match.fact.qualifiers["salience"] == "main" && !names(match.match.fact, match.reading) {
            guard let quote = quoteOf(match.match.fact), asked.contains(quote) else { continue }
            ranked[id]?.raw *= otherEvent / main
            ranked[id]?.fit += "; its sentence tells of the event asked in another claim"
        }
    }

    /// The match's score with these rules applied; the score itself for curated facts.
    public static func score(of match: FactMatch, for question: Question, in facts: any FactQuery) -> Double {
        guard match.fact.qualifiers["salience"] != nil else { return match.score }
        let involved = Set(match.fact.allEntities)
        let missing = question.entityIDs.filter { facts.entity($0)?.isPerson == true && !involved.contains($0) }.count
        var score = match.score
        for _ in 0..<missing { score *= missingPerson }
        if !actsInRole(match.fact, for: question, in: facts) { score *= wrongRole }
        for _ in 0..<placesOutOfRole(match.fact, for: question, in: facts) { score *= placeOutOfRole }
        guard names(match.fact, question),
              match.termCoverage > 0.05
        else { return score }
        return score / match.termCoverage * (termFloor + (1 - termFloor) * match.termCoverage)
    }
}
