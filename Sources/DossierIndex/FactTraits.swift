import DossierKit

/// What an index keeps of each fact beside its profile, by fact position, read once when
/// it is built: enough to bound a fact's score (``ScoreBounds``) and to pick the facts of
/// some domains without touching the facts themselves.
struct FactTraits: Sendable {
    /// Each fact's years (``TimeValue/years``), nil when undated.
    let years: [ClosedRange<Int>?]
    /// Each fact's subject and object (-1 for none), as ids of the index's ``InternTable``.
    let subjects: [Int32]
    let objects: [Int32]
    /// Each fact's domain (``Fact/domain``), as a position into `domainNames`.
    let domains: [Int32]
    let domainNames: [String]
    /// Each fact's predicate terms (``InternedProfile/predicateTerms``), as a position into
    /// `predicateTerms`, which lists each distinct set once.
    let predicates: [Int32]
    let predicateTerms: [[Int32]]

    init(facts: [Fact], profiles: [InternedProfile]) {
        years = facts.map { $0.time?.years }
        subjects = profiles.map(\.subject)
        objects = profiles.map { $0.object ?? -1 }
        var ids: [String: Int32] = [:], names: [String] = []
        domains = facts.map { fact in
            let domain = fact.domain
            if let id = ids[domain] { return id }
            let id = Int32(names.count)
            ids[domain] = id
            names.append(domain)
            return id
        }
        domainNames = names
        var groups: [[Int32]: Int32] = [:], terms: [[Int32]] = []
        predicates = profiles.map { profile in
            if let id = groups[profile.predicateTerms] { return id }
            let id = Int32(terms.count)
            groups[profile.predicateTerms] = id
            terms.append(profile.predicateTerms)
            return id
        }
        predicateTerms = terms
    }

    /// The object of the fact at `position`, if it has one.
    func object(at position: Int) -> Int32? { objects[position] >= 0 ? objects[position] : nil }
}
