import DossierKit

/// Which facts carry each term and each place their entities lie in, so a question is
/// scored only against the facts it can match: a fact that shares none of the question's
/// terms and covers none of its entities (itself, a place it lies in, or a place inside
/// it) scores nothing (``RelevanceScorer/match(_:profile:)``).
struct FactPostings: Sendable {
    /// Term to the facts whose profile carries it, in fact order.
    private let byTerm: [String: [Int]]
    /// Place to the facts whose entities lie in it, in fact order.
    private let byAncestor: [String: [Int]]

    init(profiles: [FactProfile]) {
        var byTerm: [String: [Int]] = [:], byAncestor: [String: [Int]] = [:]
        for (index, profile) in profiles.enumerated() {
            for term in profile.terms.keys { byTerm[term, default: []].append(index) }
            for place in profile.ancestors { byAncestor[place, default: []].append(index) }
        }
        self.byTerm = byTerm
        self.byAncestor = byAncestor
    }

    /// The facts that may match `question`, in fact order: those with one of its terms,
    /// and those naming one of its entities (`byEntity`), a place it lies in (`parents`),
    /// or lying in it.
    func candidates(for question: Question, byEntity: [String: [Int]], parents: [String: [String]]) -> [Int] {
        var found: [Int] = []
        for term in question.terms { found += byTerm[term] ?? [] }
        for entity in question.entityIDs {
            found += byEntity[entity] ?? []
            found += byAncestor[entity] ?? []
            for parent in parents[entity] ?? [] { found += byEntity[parent] ?? [] }
        }
        found.sort()
        var unique: [Int] = []
        unique.reserveCapacity(found.count)
        for index in found where unique.last != index { unique.append(index) }
        return unique
    }
}
