/// The facts that may match one question, each with an upper bound on its score, best
/// bound first: what ``FactRanking`` scores lazily.
///
/// The bound is read from the postings and ``FactTraits`` alone, without a fact's profile,
/// and multiplies the same factors in the same order as ``RelevanceScorer/match(_:profile:)``:
/// the term share, the entity factor, the time factor, the predicate focus and the evidence
/// (whether the fact states one of the terms) exactly, and the roles factor exactly but
/// where it depends on the fact's other entities (there, its largest value). Floating-point
/// products are monotone, so the bound is never under the score, and but for that one case
/// equals it. A fact whose bound is under ``RelevanceScorer/minimumScore`` cannot match and
/// is left out.
struct ScoreBounds: Sendable {
    /// The candidates' fact positions, in no order.
    let facts: [Int32]
    /// The bound of each of `facts`.
    let bounds: [Double]
    /// Each fact's place among all sorted by id (``FactIndex/idRanks``).
    let idRanks: Column<Int32>

    /// The candidates (indices into `facts`) that `include` admits, by bound descending,
    /// then fact id ascending, so among equal bounds the first scored is the one a tie
    /// would rank first; ordered only as far as they are walked.
    func order(admitting include: (Int32) -> Bool = { _ in true }) -> LazyOrder {
        let candidates = (0..<Int32(facts.count)).filter { include(facts[Int($0)]) }
        return LazyOrder(candidates) { [facts, bounds, idRanks] a, b in
            bounds[Int(a)] > bounds[Int(b)]
                || (bounds[Int(a)] == bounds[Int(b)] && idRanks[Int(facts[Int(a)])] < idRanks[Int(facts[Int(b)])])
        }
    }

    /// How a fact covers one of the question's entities, closest first.
    private enum Cover: UInt8 {
        case none = 0, throughParent, throughChild, named

        /// The coverage ``RelevanceScorer`` gives it.
        var coverage: Double {
            switch self {
            case .none: 0
            case .throughParent: RelevanceWeights.coveredByDescendant
            case .throughChild: RelevanceWeights.coveredByAncestor
            case .named: 1
            }
        }
    }

    init(scorer: RelevanceScorer, postings: FactPostings, traits: FactTraits, idRanks: Column<Int32>) {
        let count = postings.factCount
        var found = [Double](repeating: 0, count: count)
        var touched = [Bool](repeating: false, count: count)
        var stated = [Bool](repeating: scorer.onlyGeneric, count: count)
        var candidates: [Int32] = []
        func touch(_ fact: Int32) {
            if !touched[Int(fact)] {
                touched[Int(fact)] = true
                candidates.append(fact)
            }
        }
        // Summed per fact in the question's term order, as the scorer sums.
        for (id, weight) in zip(scorer.termIDs, scorer.termWeights) {
            guard let id else { continue }
            let (facts, strengths) = postings.facts(carrying: id)
            for (fact, strength) in zip(facts, strengths) {
                touch(fact)
                found[Int(fact)] += weight * strength
                if strength == 1 { stated[Int(fact)] = true }
            }
        }
        // For each of the question's entities, how each fact covers it: the closest way
        // counts. Unless every term of the question is generic, a fact sharing none of its
        // terms has a term share of 0, so a bound of 0: the terms alone say which facts are
        // candidates, and the entities only how those cover them.
        let termsDecide = !scorer.onlyGeneric
        let covers: [[Cover]] = scorer.entityIDs.enumerated().map { position, entity in
            var cover = [Cover](repeating: .none, count: count)
            func mark(_ facts: IDSlice, _ way: Cover) {
                for fact in facts where cover[Int(fact)].rawValue < way.rawValue {
                    if termsDecide && !touched[Int(fact)] { continue }
                    touch(fact)
                    cover[Int(fact)] = way
                }
            }
            mark(postings.facts(naming: entity), .named)
            mark(postings.facts(lyingIn: entity), .throughChild)
            for parent in scorer.entityAncestors[position] { mark(postings.facts(naming: parent), .throughParent) }
            return cover
        }
        let groups = traits.predicates.terms
        let focus = (0..<groups.count).map { scorer.focus(predicateTerms: groups[$0]) }
        // Facts share a few subjects and objects: their roles factor is found once per pair.
        var roleBounds: [Int64: Double] = [:]
        func rolesBound(subject: Int32, object: Int32) -> Double {
            let key = Int64(subject) << 32 | Int64(UInt32(bitPattern: object))
            if let known = roleBounds[key] { return known }
            let made = scorer.rolesFactor(
                subject: subject, object: object >= 0 ? object : nil, subjectMatches: scorer.subjectMatches(subject),
                namesAnyOf: nil)
            roleBounds[key] = made
            return made
        }
        var ranked: [(fact: Int32, bound: Double)] = []
        ranked.reserveCapacity(candidates.count)
        for fact in candidates {
            let position = Int(fact)
            let terms = scorer.onlyGeneric
                ? RelevanceWeights.genericTermCoverage
                : (scorer.totalWeight > 0 ? found[position] / scorer.totalWeight : 0)
            let entities = scorer.entityIDs.isEmpty
                ? RelevanceWeights.noEntities
                : covers.indices.reduce(1) { $0 * scorer.weightOfEntity(at: $1, coverage: covers[$1][position].coverage) }
            let time = RelevanceScorer.factor(scorer.fit(years: traits.years[position]))
            let roles = rolesBound(subject: traits.subjects[position], object: traits.objects[position])
            let evidence = stated[position] ? 1 : RelevanceWeights.keywordsOnly
            let bound = min(1, terms * entities * time * roles * focus[Int(traits.predicates.group[position])] * evidence)
            if bound >= RelevanceScorer.minimumScore { ranked.append((fact, bound)) }
        }
        facts = ranked.map(\.fact)
        bounds = ranked.map(\.bound)
        self.idRanks = idRanks
    }
}
