import DossierKit
import DossierLanguage

/// Scores one question against facts: how much of what the question names (its terms,
/// its entities, its years) each fact accounts for.
///
/// The score is a product, so a fact that misses the question's entities or lies outside
/// its years cannot make up for it with matching words:
/// `terms covered × entity factor × time factor × subject factor`. Every weight it
/// multiplies by is in ``RelevanceWeights``.
struct RelevanceScorer {
    let question: Question
    let weights: TermWeights
    /// Every place each place lies in, nearest first (palace -> city -> country).
    let parents: [String: [String]]
    /// Each person's country.
    let personParents: [String: String]
    /// Ids of the entities that are people.
    let people: Set<String>
    private let terms: [String]
    /// The rarity weight of each of `terms`, looked up once per question.
    private let termWeights: [Double]
    private let totalWeight: Double
    /// The places each of `entities` lies in.
    private let entityAncestors: [[String]]
    /// For each entity the question names: itself, the places it lies in and the places
    /// inside it, so "related" is one set lookup.
    private let kin: [String: Set<String>]
    private let entities: [String]
    /// The entity the question reads as acting: its first lead entity.
    private let actor: String?
    /// True when the question uses a concept whose sides may swap ("meet").
    private let isSymmetric: Bool
    /// True when the question's terms say nothing specific ("what happened in 1996?").
    private let onlyGeneric: Bool

    init(
        question: Question, weights: TermWeights, parents: [String: [String]],
        personParents: [String: String], people: Set<String>, symmetric: Set<String>
    ) {
        self.people = people
        self.question = question
        self.personParents = personParents
        self.weights = weights
        self.parents = parents
        var seen = Set<String>()
        terms = question.terms.filter { seen.insert($0).inserted }
        termWeights = terms.map { weights($0) }
        totalWeight = termWeights.reduce(0, +)
        entities = question.entityIDs
        entityAncestors = entities.map { parents[$0] ?? [] }
        var kin: [String: Set<String>] = [:]
        for entity in question.entityIDs + question.leadEntities + [question.affiliation].compactMap({ $0 }) {
            var family = Set([entity] + (parents[entity] ?? []))
            for (child, chain) in parents where chain.contains(entity) { family.insert(child) }
            kin[entity] = family
        }
        self.kin = kin
        onlyGeneric = terms.allSatisfy { weights.isGeneric($0) }
        isSymmetric = terms.contains(where: symmetric.contains)
        actor = question.leadEntities.first ?? entities.first
    }

    /// Matches scoring under this are dropped: no answerer could use them.
    static let minimumScore = 0.02

    func match(_ fact: Fact, profile: FactProfile) -> FactMatch? {
        let strengths = terms.map { profile.terms[$0] }
        var found = 0.0
        var stated = onlyGeneric
        for (strength, weight) in zip(strengths, termWeights) {
            guard let strength else { continue }
            found += weight * strength
            stated = stated || strength == 1
        }
        let termCoverage = onlyGeneric ? RelevanceWeights.genericTermCoverage : (totalWeight > 0 ? found / totalWeight : 0)
        let coverages = entities.indices.map { coverage(ofEntityAt: $0, in: profile) }
        let entityCoverage = entities.isEmpty ? 1 : coverages.reduce(0, +) / Double(entities.count)
        guard found > 0 || (entityCoverage > 0 && !entities.isEmpty) else { return nil }
        let timeFit = fit(fact.time)
        // "Which Russian president visited ...": a Russian acting is the subject asked for.
        // "What did A want, according to B": B stating it is B's fact, the roles not swapped.
        let subjectMatches = question.leadEntities.contains { acts($0, as: fact.subject) }
            || (question.affiliation != nil && personParents[fact.subject] == question.affiliation)
            || question.speaker.map { acts($0, as: fact.subject) } == true
        let roles = subjectFactor(fact, profile: profile, subjectMatches: subjectMatches)
        let entityFactor = entities.isEmpty
            ? RelevanceWeights.noEntities : zip(entities.indices, coverages).reduce(1) { $0 * weightOfEntity(at: $1.0, coverage: $1.1) }
        let focus = RelevanceWeights.focusBase + RelevanceWeights.focusShare * predicateFocus(profile)
            + RelevanceWeights.precisionShare * predicatePrecision(profile)
        // A fact whose statement shares no word with the question, only keywords, is weak
        // evidence ("capital" the city, against an investment fact's keyword "capital").
        let evidence = stated ? 1 : RelevanceWeights.keywordsOnly
        let score = termCoverage * entityFactor * Self.factor(timeFit) * roles * focus * evidence
        guard score >= Self.minimumScore else { return nil }
        return FactMatch(
            fact: fact, score: min(1, score), termCoverage: termCoverage, entityCoverage: entityCoverage,
            timeFit: timeFit, subjectMatches: subjectMatches,
            missingTerms: zip(terms, strengths).filter { $0.1 == nil }.map(\.0))
    }

    /// Share of the question's terms (by weight) that name the fact's predicate: between
    /// facts that match equally, the one whose predicate is what was asked about wins.
    private func predicateFocus(_ profile: FactProfile) -> Double {
        guard totalWeight > 0 else { return 0 }
        return terms.filter(profile.predicateTerms.contains).reduce(0) { $0 + weights($1) } / totalWeight
    }

    /// What covering one of the question's entities is worth: a fact that does not involve
    /// a place the question names is about somewhere else ("an embassy in Honduras"), so
    /// a missing country or city costs more than a missing person or organisation.
    private func weightOfEntity(at index: Int, coverage: Double) -> Double {
        if coverage > 0 { return RelevanceWeights.coveredBase + RelevanceWeights.coveredShare * coverage }
        if entities[index] == actor && question.actorIsNamed { return RelevanceWeights.missingActor }  // the one acting is absent
        // A missing person may be incidental; a missing place, event or organisation is
        // what the question is about.
        return people.contains(entities[index]) ? RelevanceWeights.missingPerson : RelevanceWeights.missingOther
    }

    /// Share of the fact's predicate terms the question uses: "visit" asked, `visit` is a
    /// closer fit than `visit.security`.
    private func predicatePrecision(_ profile: FactProfile) -> Double {
        guard !profile.predicateTerms.isEmpty else { return 0 }
        return Double(profile.predicateTerms.filter(terms.contains).count) / Double(profile.predicateTerms.count)
    }

    /// In an active question the first entity is usually its grammatical subject: a fact whose
    /// subject is another entity the question names has the roles reversed ("Guatemala's
    /// exports to Russia" against "Russia's exports to Guatemala"). And when the question
    /// names two entities, a fact about a third one as its object is about something else
    /// (relations with Russia, asked about relations with the Soviet Union) — unless the
    /// question asks "who" or "which", whose answer is that third entity.
    private func subjectFactor(_ fact: Fact, profile: FactProfile, subjectMatches: Bool) -> Double {
        var factor = 1.0
        if !subjectMatches && !entities.isEmpty && !question.isPassive && !isSymmetric {
            if entities.contains(where: { $0 != question.affiliation && acts($0, as: fact.subject) }) {
                factor *= RelevanceWeights.swappedRoles
            } else if question.actorIsNamed, let first = actor,
                      kin[first].map({ !$0.isDisjoint(with: profile.entities) }) ?? false {
                factor *= RelevanceWeights.actorNotActing  // "when did Zelenskyy visit": he is in the fact, not acting
            } else {
                factor *= RelevanceWeights.otherSubject
            }
        }
        if entities.count >= 2, QuestionKind.actingKinds.contains(question.kind), let object = fact.object,
           !entities.contains(where: { related($0, object) }) {
            factor *= RelevanceWeights.otherObject
        }
        if let affiliation = question.affiliation, let subject = personParents[fact.subject], subject != affiliation {
            factor *= RelevanceWeights.otherAffiliation
        }
        return factor
    }


    /// 1 when the fact names the entity, less when it names only its country or one of
    /// its cities, 0 when neither.
    private func coverage(ofEntityAt index: Int, in profile: FactProfile) -> Double {
        let entity = entities[index]
        if profile.entities.contains(entity) { return 1 }
        if profile.ancestors.contains(entity) { return RelevanceWeights.coveredByAncestor }
        if entityAncestors[index].contains(where: profile.entities.contains) { return RelevanceWeights.coveredByDescendant }
        return 0
    }

    /// True when `subject` is the asked entity, lies in it, or is a person acting for it
    /// (Giammattei for Guatemala).
    private func acts(_ entity: String, as subject: String) -> Bool {
        related(entity, subject) || personParents[subject] == entity
    }

    /// True when `b` is `a`, lies in it, or contains it; `a` is an entity of the question.
    private func related(_ a: String, _ b: String) -> Bool {
        kin[a]?.contains(b) ?? (a == b)
    }

    private func fit(_ time: TimeValue?) -> FactMatch.TimeFit {
        guard let constraint = question.time else { return .unconstrained }
        guard let time else { return .undated }
        return time.overlaps(constraint.years) ? .inside : .outside
    }

    private static func factor(_ fit: FactMatch.TimeFit) -> Double {
        switch fit {
        case .unconstrained, .inside: 1
        case .undated: RelevanceWeights.undated
        case .outside: RelevanceWeights.outsideYears
        }
    }
}
