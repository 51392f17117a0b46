import DossierKit

/// What an index keeps of each fact beside its profile, by fact position, read once when
/// it is built: enough to score a fact, bound its score (``ScoreBounds``), order equal
/// scores and pick the facts of some domains without touching the facts themselves.
struct FactTraits: Sendable {
    /// Each fact's years (``TimeValue/years``), nil when undated.
    var years: [ClosedRange<Int>?] { keys.years }
    /// Each fact's domain (``Fact/domain``), as a position into `domainNames`.
    var domains: [Int32] { keys.domains }
    var domainNames: [String] { keys.domainNames }
    /// Each fact's place among all facts sorted by id (as matches of equal score are ordered).
    var idRanks: [Int32] { keys.idRanks }
    let keys: Keys
    /// Each fact's subject and object (-1 for none), as ids of the index's ``InternTable``.
    let subjects: [Int32]
    let objects: [Int32]
    /// Each fact's predicate terms (``InternedProfile/predicateTerms``), as a position into
    /// `predicateTerms`, which lists each distinct set once.
    let predicates: [Int32]
    let predicateTerms: [ArraySlice<Int32>]

    init(keys: Keys, profiles: ProfileColumns) {
        self.keys = keys
        subjects = profiles.subjects
        objects = profiles.objects
        var groups: [ArraySlice<Int32>: Int32] = [:], terms: [ArraySlice<Int32>] = []
        predicates = (0..<profiles.count).map { position in
            let predicateTerms = profiles.predicateTerms[position]
            if let id = groups[predicateTerms] { return id }
            let id = Int32(terms.count)
            groups[predicateTerms] = id
            terms.append(predicateTerms)
            return id
        }
        predicateTerms = terms
    }

    /// The object of the fact at `position`, if it has one.
    func object(at position: Int) -> Int32? { objects[position] >= 0 ? objects[position] : nil }
}

extension FactTraits {
    /// What the traits take from the facts themselves, by position: kept in the readings'
    /// image (``InternedReadings``), so an index opened from it reads no fact to score.
    struct Keys: Sendable, Equatable {
        var years: [ClosedRange<Int>?]
        var domains: [Int32]
        var domainNames: [String]
        var idRanks: [Int32]

        init(years: [ClosedRange<Int>?], domains: [Int32], domainNames: [String], idRanks: [Int32]) {
            self.years = years
            self.domains = domains
            self.domainNames = domainNames
            self.idRanks = idRanks
        }

        init(facts: [Fact]) {
            self.init(ids: facts.map(\.id), domains: facts.map(\.domain), years: facts.map { $0.time?.years })
        }

        /// The keys of facts with these ids, domains (``Fact/domain``) and years, by position.
        init(ids: [String], domains factDomains: [String], years: [ClosedRange<Int>?]) {
            self.years = years
            var known: [String: Int32] = [:], names: [String] = []
            domains = factDomains.map { domain in
                if let id = known[domain] { return id }
                let id = Int32(names.count)
                known[domain] = id
                names.append(domain)
                return id
            }
            domainNames = names
            var ranks = [Int32](repeating: 0, count: ids.count)
            for (rank, position) in ids.indices.sorted(by: { ids[$0] < ids[$1] }).enumerated() {
                ranks[position] = Int32(rank)
            }
            idRanks = ranks
        }
    }
}
