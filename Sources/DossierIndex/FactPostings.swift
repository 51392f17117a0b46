/// Which facts carry each term, name each entity, and lie in each place, by interned id
/// (``InternTable``), so a question is scored only against the facts it can match: a fact
/// that shares none of the question's terms and covers none of its entities (itself, a
/// place it lies in, or a place inside it) scores nothing (``RelevanceScorer/match(_:profile:)``).
///
/// Rules: every list is ascending by fact position without repeats; an id past the lists
/// (a string no fact uses) has none.
struct FactPostings: Sendable {
    /// Term id to the facts whose profile carries it, and, beside each, its strength there.
    let terms: IDPostings
    /// Entity id to the facts naming it.
    let entities: IDPostings
    /// Place id to the facts whose entities lie in it.
    let ancestors: IDPostings
    /// How many facts the postings cover.
    let factCount: Int

    /// The postings of `profiles`, made by counting, over ids below `idCount`.
    init(profiles: ProfileColumns, idCount: Int) {
        self.init(
            terms: IDPostings(profiles.terms, idCount: idCount, carrying: profiles.strengths),
            entities: IDPostings(profiles.entities, idCount: idCount),
            ancestors: IDPostings(profiles.ancestors, idCount: idCount), factCount: profiles.count)
    }

    /// Postings already made (as a reading image holds them).
    init(terms: IDPostings, entities: IDPostings, ancestors: IDPostings, factCount: Int) {
        self.terms = terms
        self.entities = entities
        self.ancestors = ancestors
        self.factCount = factCount
    }

    /// The facts carrying the term `id`, with the strength each carries it with.
    func facts(carrying id: Int32) -> (facts: IDSlice, strengths: StrengthSlice) {
        let range = terms.range(of: id)
        return (terms.facts[range], terms.carried[range])
    }

    /// How many facts carry the term `id`.
    func factCount(carrying id: Int32) -> Int { terms.count(of: id) }

    /// The facts naming the entity `id`.
    func facts(naming id: Int32) -> IDSlice { entities[id] }

    /// The facts whose entities lie in the place `id`.
    func facts(lyingIn id: Int32) -> IDSlice { ancestors[id] }
}
