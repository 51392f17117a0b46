import DossierKit

/// A ``FactProfile`` with its terms and entities as ids of the index's ``InternTable``:
/// what ``RelevanceScorer`` reads for each candidate fact.
///
/// Every id array is ascending without repeats; `strengths[i]` is the strength of
/// `terms[i]` (1 when stated, ``FactProfile/keywordStrength`` when only a keyword).
struct InternedProfile: Sendable {
    let terms: [Int32]
    let strengths: [Double]
    let entities: [Int32]
    let ancestors: [Int32]
    let predicateTerms: [Int32]
    /// The fact's subject and object.
    let subject: Int32
    let object: Int32?

    init(profile: FactProfile, fact: Fact, table: inout InternTable) {
        var pairs = profile.terms.map { (id: table.intern($0.key), strength: $0.value) }
        pairs.sort { $0.id < $1.id }
        terms = pairs.map(\.id)
        strengths = pairs.map(\.strength)
        entities = table.sortedIDs(profile.entities)
        ancestors = table.sortedIDs(profile.ancestors)
        predicateTerms = table.sortedIDs(profile.predicateTerms)
        subject = table.intern(fact.subject)
        object = fact.object.map { table.intern($0) }
    }

    /// How strongly the fact carries the term `id`; nil when it does not.
    func strength(of id: Int32) -> Double? {
        terms.sortedIndex(of: id).map { strengths[$0] }
    }
}
