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
    /// The candidates' fact positions, ascending.
    let facts: [Int32]
    /// The bound of each of `facts`.
    let bounds: [Double]
    /// Each candidate's place among all facts sorted by id (``FactIndex/idRanks``), and its
    /// domain (``FactTraits/domains``), read once here for every walk of the candidates.
    let ranks: [Int32]
    let domains: [Int32]
    /// How many candidates each domain (by code) has.
    let domainCounts: [Int]

    /// The candidates (indices into `facts`) of the domains `admits` admits (by domain
    /// code), by bound descending, then fact id ascending, so among equal bounds the first
    /// scored is the one a tie would rank first; ordered only as far as they are walked.
    func order(admitting admits: [Bool]) -> LazyOrder {
        let candidates = (0..<Int32(facts.count)).filter { admits[Int(domains[Int($0)])] }
        return LazyOrder(candidates, scores: bounds, ranks: ranks)
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

    /// One of the postings that say how a fact covers one of the question's entities.
    private struct CoverPosting {
        let facts: IDSlice
        /// The entity's place among the question's.
        let entity: Int
        let way: Cover
    }

    init(scorer: RelevanceScorer, postings: FactPostings, traits: FactTraits, idRanks: Column<Int32>) {
        // The question's terms' postings, in its term order (as the scorer sums them).
        var termLists: [IDSlice] = []
        var termWeights: [Double] = []
        for (id, weight) in zip(scorer.termIDs, scorer.termWeights) {
            guard let id else { continue }
            termLists.append(postings.facts(carrying: id).facts)
            termWeights.append(weight)
        }
        let strengths = postings.terms.carried
        // For each of its entities, the facts naming it, lying in it, and naming a place it
        // lies in.
        var coverLists: [CoverPosting] = []
        for (position, entity) in scorer.entityIDs.enumerated() {
            coverLists.append(CoverPosting(facts: postings.facts(naming: entity), entity: position, way: .named))
            coverLists.append(CoverPosting(facts: postings.facts(lyingIn: entity), entity: position, way: .throughChild))
            for parent in scorer.entityAncestors[position] {
                coverLists.append(CoverPosting(facts: postings.facts(naming: parent), entity: position, way: .throughParent))
            }
        }
        // Unless every term of the question is generic, a fact sharing none of its terms has
        // a term share of 0, so a bound of 0: the terms alone say which facts are candidates,
        // and the entities' postings are only asked how those cover them. Otherwise every
        // fact any of them holds is a candidate.
        let termsDecide = !scorer.onlyGeneric
        let groups = traits.predicates.terms
        let focus = (0..<groups.count).map { scorer.focus(predicateTerms: groups[$0]) }
        var roles = RoleBounds(scorer: scorer)
        // Summed a window at a time (``PostingsWindow``), by a fact's slot in its window.
        let windows = PostingsWindow(covering: postings.factCount), size = windows.size
        var found = [Double](repeating: 0, count: size)
        var stated = [Bool](repeating: scorer.onlyGeneric, count: size)
        var reached = windows.slots()
        // For each of the question's entities, how each fact covers it: the closest way counts.
        var covers = [[Cover]](repeating: [Cover](repeating: .none, count: size), count: scorer.entityIDs.count)
        var met: [Int32] = []
        var termCursors = termLists.map(PostingsCursor.init)
        var coverCursors = coverLists.map { PostingsCursor($0.facts) }
        var facts: [Int32] = []
        var bounds: [Double] = []
        var ranks: [Int32] = []
        var domains: [Int32] = []
        while let start = windows.next(after: termsDecide ? termCursors : termCursors + coverCursors) {
            let end = start + size
            for term in termCursors.indices {
                var cursor = termCursors[term]
                let weight = termWeights[term]
                while !cursor.isAtEnd, Int(cursor.head) < end {
                    let slot = Int(cursor.head) - start
                    reached.insert(slot)
                    let strength = strengths[cursor.index]
                    found[slot] += weight * strength
                    if strength == 1 { stated[slot] = true }
                    cursor.advance()
                }
                termCursors[term] = cursor
            }
            func raise(_ posting: CoverPosting, at slot: Int) {
                if covers[posting.entity][slot].rawValue < posting.way.rawValue { covers[posting.entity][slot] = posting.way }
            }
            if !termsDecide {
                for (list, posting) in coverLists.enumerated() {
                    coverCursors[list].drain(below: end) { fact, _ in
                        let slot = Int(fact) - start
                        reached.insert(slot)
                        raise(posting, at: slot)
                    }
                }
            }
            met.removeAll(keepingCapacity: true)
            reached.removeAll { met.append(Int32($0 + start)) }
            if termsDecide {
                for (list, posting) in coverLists.enumerated() {
                    for fact in met where coverCursors[list].holds(fact) { raise(posting, at: Int(fact) - start) }
                }
            }
            for fact in met {
                let position = Int(fact), slot = position - start
                let terms = scorer.onlyGeneric
                    ? RelevanceWeights.genericTermCoverage
                    : (scorer.totalWeight > 0 ? found[slot] / scorer.totalWeight : 0)
                let entities = scorer.entityIDs.isEmpty
                    ? RelevanceWeights.noEntities
                    : covers.indices.reduce(1) { $0 * scorer.weightOfEntity(at: $1, coverage: covers[$1][slot].coverage) }
                let time = RelevanceScorer.factor(scorer.fit(years: traits.years[position]))
                let role = roles.bound(subject: traits.subjects[position], object: traits.objects[position])
                let evidence = stated[slot] ? 1 : RelevanceWeights.keywordsOnly
                let bound = min(1, terms * entities * time * role * focus[Int(traits.predicates.group[position])] * evidence)
                if bound >= RelevanceScorer.minimumScore {
                    facts.append(fact)
                    bounds.append(bound)
                    ranks.append(idRanks[position])
                    domains.append(traits.domains[position])
                }
                found[slot] = 0
                stated[slot] = scorer.onlyGeneric
                for entity in covers.indices { covers[entity][slot] = .none }
            }
        }
        self.facts = facts
        self.bounds = bounds
        self.ranks = ranks
        self.domains = domains
        var domainCounts = [Int](repeating: 0, count: traits.domainNames.count)
        for domain in domains { domainCounts[Int(domain)] += 1 }
        self.domainCounts = domainCounts
    }
}

/// The roles factor of facts without their other entities (its largest value there), for
/// one question: facts share a few subjects and objects, so each part of the factor is
/// found once per subject or object (by id; nan while not found), and the parts are
/// multiplied as ``RelevanceScorer/rolesFactor(subject:object:subjectMatches:namesAnyOf:)``
/// multiplies them.
private struct RoleBounds {
    let scorer: RelevanceScorer
    private var subjectParts: [(role: Double, affiliation: Double)] = []
    /// By object id + 1 (0: no object).
    private var objectParts: [Double] = []

    init(scorer: RelevanceScorer) { self.scorer = scorer }

    /// The factor of a fact with `subject` and `object` (-1 for none).
    mutating func bound(subject: Int32, object: Int32) -> Double {
        let subjectSlot = Int(subject), objectSlot = Int(object) + 1
        if subjectSlot >= subjectParts.count {
            subjectParts.append(contentsOf: repeatElement((.nan, .nan), count: subjectSlot + 1 - subjectParts.count))
        }
        if subjectParts[subjectSlot].role.isNaN {
            subjectParts[subjectSlot] = (
                scorer.subjectRoleFactor(subject: subject, subjectMatches: scorer.subjectMatches(subject), namesAnyOf: nil),
                scorer.affiliationFactor(subject: subject))
        }
        if objectSlot >= objectParts.count {
            objectParts.append(contentsOf: repeatElement(.nan, count: objectSlot + 1 - objectParts.count))
        }
        if objectParts[objectSlot].isNaN { objectParts[objectSlot] = scorer.objectRoleFactor(object >= 0 ? object : nil) }
        return subjectParts[subjectSlot].role * objectParts[objectSlot] * subjectParts[subjectSlot].affiliation
    }
}
