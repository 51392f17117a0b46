/// Which facts carry each term, name each entity, and lie in each place, by interned id
/// (``InternTable``), so a question is scored only against the facts it can match: a fact
/// that shares none of the question's terms and covers none of its entities (itself, a
/// place it lies in, or a place inside it) scores nothing (``RelevanceScorer/match(_:profile:)``).
///
/// Rules: every list is ascending by fact position without repeats; an id past the lists
/// (a string no fact uses) has none.
struct FactPostings: Sendable {
    /// Term id to the facts whose profile carries it, and, beside each, its strength there.
    private let termFacts: IDPostings
    private let termStrengths: [Double]
    /// Entity id to the facts naming it.
    private let entityFacts: IDPostings
    /// Place id to the facts whose entities lie in it.
    private let ancestorFacts: IDPostings
    /// How many facts the postings cover.
    let factCount: Int

    init(profiles: [InternedProfile], idCount: Int) {
        termFacts = IDPostings(profiles.lazy.map(\.terms), idCount: idCount)
        var strengths = [Double](repeating: 0, count: termFacts.facts.count)
        var next = Array(termFacts.starts.dropLast())
        for profile in profiles {
            for (term, strength) in zip(profile.terms, profile.strengths) {
                strengths[next[Int(term)]] = strength
                next[Int(term)] += 1
            }
        }
        termStrengths = strengths
        entityFacts = IDPostings(profiles.lazy.map(\.entities), idCount: idCount)
        ancestorFacts = IDPostings(profiles.lazy.map(\.ancestors), idCount: idCount)
        factCount = profiles.count
    }

    /// The facts carrying the term `id`, with the strength each carries it with.
    func facts(carrying id: Int32) -> (facts: ArraySlice<Int32>, strengths: ArraySlice<Double>) {
        let range = termFacts.range(of: id)
        return (termFacts.facts[range], termStrengths[range])
    }

    /// The facts naming the entity `id`.
    func facts(naming id: Int32) -> ArraySlice<Int32> { entityFacts[id] }

    /// The facts whose entities lie in the place `id`.
    func facts(lyingIn id: Int32) -> ArraySlice<Int32> { ancestorFacts[id] }
}

/// Id to the positions of the facts whose list holds it, ascending, every list end to end
/// in one array (made by counting, so no list is grown piece by piece).
private struct IDPostings: Sendable {
    /// Where each id's facts start in `facts`; the last is the total.
    let starts: [Int]
    let facts: [Int32]

    /// The postings of `lists` (fact position to the ids it holds, each below `idCount`).
    init(_ lists: some Collection<ArraySlice<Int32>>, idCount: Int) {
        var starts = [Int](repeating: 0, count: idCount + 1)
        for list in lists { for id in list { starts[Int(id) + 1] += 1 } }
        for id in 0..<idCount { starts[id + 1] += starts[id] }
        var facts = [Int32](repeating: 0, count: starts[idCount])
        var next = Array(starts.dropLast())
        for (position, list) in lists.enumerated() {
            for id in list {
                facts[next[Int(id)]] = Int32(position)
                next[Int(id)] += 1
            }
        }
        self.starts = starts
        self.facts = facts
    }

    /// The range of `facts` holding the facts of `id`; empty for an id past the lists.
    func range(of id: Int32) -> Range<Int> {
        id >= 0 && Int(id) < starts.count - 1 ? starts[Int(id)]..<starts[Int(id) + 1] : 0..<0
    }

    subscript(id: Int32) -> ArraySlice<Int32> { facts[range(of: id)] }
}
