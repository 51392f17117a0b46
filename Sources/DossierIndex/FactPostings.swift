/// Which facts carry each term, name each entity, and lie in each place, by interned id
/// (``InternTable``), so a question is scored only against the facts it can match: a fact
/// that shares none of the question's terms and covers none of its entities (itself, a
/// place it lies in, or a place inside it) scores nothing (``RelevanceScorer/match(_:profile:)``).
///
/// Rules: every list is ascending by fact position without repeats; an id past the lists
/// (a string no fact uses) has none.
struct FactPostings: Sendable {
    /// Term id to the facts whose profile carries it, and, beside each, its strength there.
    private let termFacts: [[Int32]]
    private let termStrengths: [[Double]]
    /// Entity id to the facts naming it.
    private let entityFacts: [[Int32]]
    /// Place id to the facts whose entities lie in it.
    private let ancestorFacts: [[Int32]]
    /// How many facts the postings cover.
    let factCount: Int

    init(profiles: [InternedProfile], idCount: Int) {
        var termFacts = [[Int32]](repeating: [], count: idCount)
        var termStrengths = [[Double]](repeating: [], count: idCount)
        var entityFacts = [[Int32]](repeating: [], count: idCount)
        var ancestorFacts = [[Int32]](repeating: [], count: idCount)
        for (position, profile) in profiles.enumerated() {
            let fact = Int32(position)
            for (term, strength) in zip(profile.terms, profile.strengths) {
                termFacts[Int(term)].append(fact)
                termStrengths[Int(term)].append(strength)
            }
            for entity in profile.entities { entityFacts[Int(entity)].append(fact) }
            for place in profile.ancestors { ancestorFacts[Int(place)].append(fact) }
        }
        self.termFacts = termFacts
        self.termStrengths = termStrengths
        self.entityFacts = entityFacts
        self.ancestorFacts = ancestorFacts
        factCount = profiles.count
    }

    /// The facts carrying the term `id`, with the strength each carries it with.
    func facts(carrying id: Int32) -> (facts: [Int32], strengths: [Double]) {
        Int(id) < termFacts.count && id >= 0 ? (termFacts[Int(id)], termStrengths[Int(id)]) : ([], [])
    }

    /// The facts naming the entity `id`.
    func facts(naming id: Int32) -> [Int32] {
        Int(id) < entityFacts.count && id >= 0 ? entityFacts[Int(id)] : []
    }

    /// The facts whose entities lie in the place `id`.
    func facts(lyingIn id: Int32) -> [Int32] {
        Int(id) < ancestorFacts.count && id >= 0 ? ancestorFacts[Int(id)] : []
    }
}
