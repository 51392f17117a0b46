import DossierKit

/// What an index keeps of each fact beside its profile, by fact position, read once when
/// it is built: enough to score a fact, bound its score (``ScoreBounds``), order equal
/// scores and pick the facts of some domains without touching the facts themselves.
struct FactTraits: Sendable {
    /// Each fact's years (``TimeValue/years``), nil when undated.
    var years: YearColumn { keys.years }
    /// Each fact's domain (``Fact/domain``), as a position into `domainNames`.
    var domains: Column<Int32> { keys.domains }
    var domainNames: [String] { keys.domainNames }
    /// Each fact's place among all facts sorted by id (as matches of equal score are ordered).
    var idRanks: Column<Int32> { keys.idRanks }
    let keys: Keys
    /// Each fact's subject and object (-1 for none), as ids of the index's ``InternTable``.
    let subjects: Column<Int32>
    let objects: Column<Int32>
    /// Each fact's predicate terms (``InternedProfile/predicateTerms``) as a group: the
    /// facts whose predicates read alike share one.
    let predicates: PredicateGroups

    init(keys: Keys, profiles: ProfileColumns, predicates: PredicateGroups) {
        self.keys = keys
        subjects = profiles.subjects
        objects = profiles.objects
        self.predicates = predicates
    }

    /// The object of the fact at `position`, if it has one.
    func object(at position: Int) -> Int32? { objects[position] >= 0 ? objects[position] : nil }
}

/// Each fact's predicate terms as a position into a list of the distinct sets, so what
/// depends only on them (a question's predicate focus) is worked out once per set.
///
/// Rules: `group[i]` is below `terms.count`; the sets are listed in the order of the first
/// fact holding each.
struct PredicateGroups: Sendable {
    let group: Column<Int32>
    let terms: IDLists

    init(group: Column<Int32>, terms: IDLists) {
        self.group = group
        self.terms = terms
    }

    /// The groups of `profiles`' predicate terms.
    init(_ profiles: ProfileColumns) {
        var known: [[Int32]: Int32] = [:]
        var terms = IDLists.Builder()
        var count: Int32 = 0
        let group = (0..<profiles.count).map { position in
            let predicateTerms = Array(profiles.predicateTerms[position])
            if let id = known[predicateTerms] { return id }
            known[predicateTerms] = count
            terms.append(predicateTerms)
            count += 1
            return count - 1
        }
        self.init(group: Column(group), terms: terms.lists)
    }
}

extension FactTraits {
    /// What the traits take from the facts themselves, by position: kept in the readings'
    /// image (``InternedReadings``), so an index opened from it reads no fact to score.
    struct Keys: Sendable {
        var years: YearColumn
        var domains: Column<Int32>
        var domainNames: [String]
        var idRanks: Column<Int32>

        init(years: YearColumn, domains: Column<Int32>, domainNames: [String], idRanks: Column<Int32>) {
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
            self.years = YearColumn(years)
            var known: [String: Int32] = [:], names: [String] = []
            domains = Column(factDomains.map { domain in
                if let id = known[domain] { return id }
                let id = Int32(names.count)
                known[domain] = id
                names.append(domain)
                return id
            })
            domainNames = names
            var ranks = [Int32](repeating: 0, count: ids.count)
            for (rank, position) in ids.indices.sorted(by: { ids[$0] < ids[$1] }).enumerated() {
                ranks[position] = Int32(rank)
            }
            idRanks = Column(ranks)
        }
    }
}
