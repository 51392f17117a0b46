/// The facts that may match one question, each with an upper bound on its score, best
/// bound first: what ``FactRanking`` scores lazily.
///
/// The bound is read from the postings alone, without a fact's profile: the term share
/// and the entity factor of ``RelevanceScorer/match(_:profile:)`` are found exactly from
/// which facts carry which term and name which entity, the evidence factor from whether
/// the fact states one of the terms, the time and roles factors from the fact's years,
/// subject and object (``FactTraits``), and the predicate focus is at most ``otherFactors``. A fact whose bound is
/// under ``RelevanceScorer/minimumScore`` cannot match and is left out.
struct ScoreBounds: Sendable {
    /// Fact positions, by bound descending, then position ascending.
    let order: [Int32]
    /// The bound of each of `order`.
    let bounds: [Double]

    /// The most the predicate focus can multiply a score by.
    static let otherFactors = max(
        1, RelevanceWeights.focusBase + RelevanceWeights.focusShare + RelevanceWeights.precisionShare)
    /// Bounds are widened by this share, so a sum taken in another order than the scorer's
    /// never falls a rounding error under the score it bounds.
    static let roundingMargin = 1e-9

    init(scorer: RelevanceScorer, postings: FactPostings, traits: FactTraits) {
        let count = postings.factCount
        var found = [Double](repeating: 0, count: count)
        var entityShare = [Double](repeating: 1, count: count)
        // The last entity (its position plus one) that covered each fact, so only the
        // closest way it covers each entity counts.
        var coveredBy = [Int32](repeating: 0, count: count)
        var touched = [Bool](repeating: false, count: count)
        var stated = [Bool](repeating: scorer.onlyGeneric, count: count)
        var candidates: [Int32] = []
        func touch(_ fact: Int32) {
            if !touched[Int(fact)] {
                touched[Int(fact)] = true
                candidates.append(fact)
            }
        }
        for (id, weight) in zip(scorer.termIDs, scorer.termWeights) {
            guard let id else { continue }
            let (facts, strengths) = postings.facts(carrying: id)
            for (fact, strength) in zip(facts, strengths) {
                touch(fact)
                found[Int(fact)] += weight * strength
                if strength == 1 { stated[Int(fact)] = true }
            }
        }
        // The entity factor is the product of the missing weights of every entity, each
        // replaced by the covered weight where a fact covers it: the lists are read closest
        // first (the entity itself, a place inside it, a place it lies in).
        var missing = 1.0
        for (position, entity) in scorer.entityIDs.enumerated() {
            let absent = scorer.weightOfMissingEntity(at: position)
            missing *= absent
            let mark = Int32(position + 1)
            func cover(_ facts: [Int32], _ coverage: Double) {
                let gain = RelevanceScorer.weight(ofCoverage: coverage) / absent
                for fact in facts where coveredBy[Int(fact)] != mark {
                    touch(fact)
                    coveredBy[Int(fact)] = mark
                    entityShare[Int(fact)] *= gain
                }
            }
            cover(postings.facts(naming: entity), 1)
            cover(postings.facts(lyingIn: entity), RelevanceWeights.coveredByAncestor)
            for parent in scorer.entityAncestors[position] {
                cover(postings.facts(naming: parent), RelevanceWeights.coveredByDescendant)
            }
        }
        let noEntities = scorer.entityIDs.isEmpty
        var ranked: [(fact: Int32, bound: Double)] = []
        ranked.reserveCapacity(candidates.count)
        for fact in candidates {
            let terms = scorer.onlyGeneric
                ? RelevanceWeights.genericTermCoverage
                : (scorer.totalWeight > 0 ? found[Int(fact)] / scorer.totalWeight : 0)
            let entities = noEntities ? RelevanceWeights.noEntities : missing * entityShare[Int(fact)]
            let position = Int(fact)
            let time = RelevanceScorer.factor(scorer.fit(years: traits.years[position]))
            let subject = traits.subjects[position]
            let roles = scorer.rolesFactor(
                subject: subject, object: traits.object(at: position), subjectMatches: scorer.subjectMatches(subject),
                namesAnyOf: nil)
            let evidence = stated[Int(fact)] ? 1 : RelevanceWeights.keywordsOnly
            let bound = terms * entities * time * roles * evidence * Self.otherFactors * (1 + Self.roundingMargin)
            if bound >= RelevanceScorer.minimumScore { ranked.append((fact, bound)) }
        }
        ranked.sort { $0.bound > $1.bound || ($0.bound == $1.bound && $0.fact < $1.fact) }
        order = ranked.map(\.fact)
        bounds = ranked.map(\.bound)
    }
}
