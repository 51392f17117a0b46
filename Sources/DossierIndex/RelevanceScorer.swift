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
    /// How the index's entities relate, by id.
    let graph: EntityGraph
    private let terms: [String]
    /// The id of each of `terms`; nil for a term no fact uses.
    let termIDs: [Int32?]
    /// The rarity weight of each of `terms`, looked up once per question.
    let termWeights: [Double]
    let totalWeight: Double
    private let entities: [String]
    /// The ids of `entities`, and whether each is a person or the actor.
    let entityIDs: [Int32]
    private let entityIsPerson: [Bool]
    private let entityIsActor: [Bool]
    /// The places each of `entities` lies in.
    let entityAncestors: [[Int32]]
    /// For each entity the question names: itself, the places it lies in and the places
    /// inside it (ascending ids), so "related" is one search.
    private let kin: [(entity: Int32, family: [Int32])]
    private let leadIDs: [Int32]
    private let affiliationID: Int32?
    private let speakerID: Int32?
    /// The entity the question reads as acting: its first lead entity.
    private let actor: Int32?
    /// True when the question uses a concept whose sides may swap ("meet").
    private let isSymmetric: Bool
    /// The years the question allows, nil when it names no time.
    private let askedYears: ClosedRange<Int>?
    /// True when the question's terms say nothing specific ("what happened in 1996?").
    let onlyGeneric: Bool

    /// Resolves the question's terms and entities to ids of `table` once; a string the
    /// table lacks gets an id of its own past the table's, equal only to itself.
    init(question: Question, weights: TermWeights, table: InternTable, graph: EntityGraph, symmetric: Set<String>) {
        self.question = question
        self.weights = weights
        self.graph = graph
        var local: [String: Int32] = [:]
        func resolve(_ name: String) -> Int32 {
            if let id = table.id(of: name) { return id }
            if let id = local[name] { return id }
            let id = Int32(table.count + local.count)
            local[name] = id
            return id
        }
        var seen = Set<String>()
        terms = question.terms.filter { seen.insert($0).inserted }
        termIDs = terms.map { table.id(of: $0) }
        termWeights = terms.map { weights($0) }
        totalWeight = termWeights.reduce(0, +)
        entities = question.entityIDs
        let entityIDs = entities.map(resolve)
        self.entityIDs = entityIDs
        entityAncestors = entityIDs.map { graph.parents(of: $0) }
        let leadIDs = question.leadEntities.map(resolve)
        self.leadIDs = leadIDs
        affiliationID = question.affiliation.map(resolve)
        speakerID = question.speaker.map(resolve)
        var kin: [(entity: Int32, family: [Int32])] = []
        for entity in entityIDs + leadIDs + [affiliationID].compactMap({ $0 }) where !kin.contains(where: { $0.entity == entity }) {
            var family = [entity] + graph.parents(of: entity) + graph.children(of: entity)
            family.sort()
            var unique: [Int32] = []
            for id in family where unique.last != id { unique.append(id) }
            kin.append((entity, unique))
        }
        self.kin = kin
        onlyGeneric = terms.allSatisfy { weights.isGeneric($0) }
        isSymmetric = terms.contains(where: symmetric.contains)
        askedYears = question.time?.years
        let actor = leadIDs.first ?? entityIDs.first
        self.actor = actor
        entityIsPerson = entityIDs.map { graph.isPerson($0) }
        entityIsActor = entityIDs.map { $0 == actor }
    }

    /// Matches scoring under this are dropped: no answerer could use them.
    static let minimumScore = 0.02

    /// The match of the fact whose profile and years these are, made with `fact()` (read
    /// only when it matches; nil when it cannot be had, and then there is no match).
    func match(profile: InternedProfile, years: ClosedRange<Int>?, fact: () -> Fact?) -> FactMatch? {
        guard let scored = score(profile: profile, years: years), let fact = fact() else { return nil }
        return FactMatch(
            fact: fact, score: min(1, scored.score), termCoverage: scored.termCoverage, entityCoverage: scored.entityCoverage,
            timeFit: scored.timeFit, subjectMatches: scored.subjectMatches,
            missingTerms: zip(terms, scored.strengths).filter { $0.1 == nil }.map(\.0))
    }

    /// True when the fact whose profile and years these are matches, so ``match(profile:years:fact:)``
    /// would read it.
    func matches(profile: InternedProfile, years: ClosedRange<Int>?) -> Bool {
        score(profile: profile, years: years) != nil
    }

    /// A fact's score and what it is made of, from its profile and years alone: all of a
    /// match but the fact.
    private struct Scored {
        let score: Double
        let termCoverage: Double
        let entityCoverage: Double
        let timeFit: FactMatch.TimeFit
        let subjectMatches: Bool
        /// The strength the fact carries each question term with, nil when it does not.
        let strengths: [Double?]
    }

    /// The fact's score from its profile and years alone; nil below ``minimumScore``.
    private func score(profile: InternedProfile, years: ClosedRange<Int>?) -> Scored? {
        let strengths = termIDs.map { id in id.flatMap { profile.strength(of: $0) } }
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
        let timeFit = fit(years: years)
        // "Which Russian president visited ...": a Russian acting is the subject asked for.
        // "What did A want, according to B": B stating it is B's fact, the roles not swapped.
        let subjectMatches = subjectMatches(profile.subject)
        let roles = rolesFactor(subject: profile.subject, object: profile.object, subjectMatches: subjectMatches) { family in
            profile.entities.contains(where: family.sortedContains)
        }
        let entityFactor = entities.isEmpty
            ? RelevanceWeights.noEntities : zip(entities.indices, coverages).reduce(1) { $0 * weightOfEntity(at: $1.0, coverage: $1.1) }
        let focus = focus(predicateTerms: profile.predicateTerms)
        // A fact whose statement shares no word with the question, only keywords, is weak
        // evidence ("capital" the city, against an investment fact's keyword "capital").
        let evidence = stated ? 1 : RelevanceWeights.keywordsOnly
        let score = termCoverage * entityFactor * Self.factor(timeFit) * roles * focus * evidence
        guard score >= Self.minimumScore else { return nil }
        return Scored(
            score: score, termCoverage: termCoverage, entityCoverage: entityCoverage, timeFit: timeFit,
            subjectMatches: subjectMatches, strengths: strengths)
    }

    /// The predicate-focus factor of a fact whose predicate's own terms are `predicateTerms`.
    func focus(predicateTerms: IDSlice) -> Double {
        RelevanceWeights.focusBase + RelevanceWeights.focusShare * predicateFocus(predicateTerms)
            + RelevanceWeights.precisionShare * predicatePrecision(predicateTerms)
    }

    /// Share of the question's terms (by weight) that name the fact's predicate: between
    /// facts that match equally, the one whose predicate is what was asked about wins.
    private func predicateFocus(_ predicateTerms: IDSlice) -> Double {
        guard totalWeight > 0 else { return 0 }
        var sum = 0.0
        for (id, weight) in zip(termIDs, termWeights) {
            if let id, predicateTerms.sortedContains(id) { sum += weight }
        }
        return sum / totalWeight
    }

    /// What covering one of the question's entities is worth: a fact that does not involve
    /// a place the question names is about somewhere else ("an embassy in Honduras"), so
    /// a missing country or city costs more than a missing person or organisation.
    func weightOfEntity(at index: Int, coverage: Double) -> Double {
        coverage > 0 ? Self.weight(ofCoverage: coverage) : weightOfMissingEntity(at: index)
    }

    /// What covering an entity to `coverage` (above 0) is worth.
    static func weight(ofCoverage coverage: Double) -> Double {
        RelevanceWeights.coveredBase + RelevanceWeights.coveredShare * coverage
    }

    /// What a fact covering none of the question's entity `index` is worth.
    func weightOfMissingEntity(at index: Int) -> Double {
        if entityIsActor[index] && question.actorIsNamed { return RelevanceWeights.missingActor }  // the one acting is absent
        // A missing person may be incidental; a missing place, event or organisation is
        // what the question is about.
        return entityIsPerson[index] ? RelevanceWeights.missingPerson : RelevanceWeights.missingOther
    }

    /// Share of the fact's predicate terms the question uses: "visit" asked, `visit` is a
    /// closer fit than `visit.security`.
    private func predicatePrecision(_ predicateTerms: IDSlice) -> Double {
        guard !predicateTerms.isEmpty else { return 0 }
        let used = predicateTerms.reduce(0) { $0 + (termIDs.contains($1) ? 1 : 0) }
        return Double(used) / Double(predicateTerms.count)
    }

    /// In an active question the first entity is usually its grammatical subject: a fact whose
    /// subject is another entity the question names has the roles reversed ("Guatemala's
    /// exports to Russia" against "Russia's exports to Guatemala"). And when the question
    /// names two entities, a fact about a third one as its object is about something else
    /// (relations with Russia, asked about relations with the Soviet Union) — unless the
    /// question asks "who" or "which", whose answer is that third entity.
    /// `namesAnyOf` tells whether the fact names one of some entities; without it (the
    /// fact's entities unknown, as when bounding a score) the factor is the most it can be.
    func rolesFactor(
        subject: Int32, object: Int32?, subjectMatches: Bool, namesAnyOf: (([Int32]) -> Bool)?
    ) -> Double {
        subjectRoleFactor(subject: subject, subjectMatches: subjectMatches, namesAnyOf: namesAnyOf) * objectRoleFactor(object)
            * affiliationFactor(subject: subject)
    }

    /// The part of ``rolesFactor(subject:object:subjectMatches:namesAnyOf:)`` its subject
    /// gives: 1, or the weight of a subject that is not the one asked about acting.
    func subjectRoleFactor(subject: Int32, subjectMatches: Bool, namesAnyOf: (([Int32]) -> Bool)?) -> Double {
        guard !subjectMatches && !entities.isEmpty && !question.isPassive && !isSymmetric else { return 1 }
        if entityIDs.contains(where: { $0 != affiliationID && acts($0, as: subject) }) {
            return RelevanceWeights.swappedRoles
        } else if question.actorIsNamed, let first = actor, let family = family(of: first), let namesAnyOf {
            // "when did Zelenskyy visit": he is in the fact, not acting
            return namesAnyOf(family) ? RelevanceWeights.actorNotActing : RelevanceWeights.otherSubject
        } else if question.actorIsNamed, actor.flatMap(family(of:)) != nil {
            return max(RelevanceWeights.actorNotActing, RelevanceWeights.otherSubject)  // the fact's entities unknown
        } else {
            return RelevanceWeights.otherSubject
        }
    }

    /// The part its object gives: 1, or the weight of an object the question does not name.
    func objectRoleFactor(_ object: Int32?) -> Double {
        if entities.count >= 2, QuestionKind.actingKinds.contains(question.kind), let object,
           !entityIDs.contains(where: { related($0, object) }) {
            return RelevanceWeights.otherObject
        }
        return 1
    }

    /// The part the subject's affiliation gives: 1, or the weight of a person of another
    /// country than the one asked for.
    func affiliationFactor(subject: Int32) -> Double {
        if let affiliation = affiliationID, let country = graph.personParent(of: subject), country != affiliation {
            return RelevanceWeights.otherAffiliation
        }
        return 1
    }

    /// True when the fact's subject is what the question asks about as acting: a lead
    /// entity, a person of the country asked for, or the speaker.
    func subjectMatches(_ subject: Int32) -> Bool {
        leadIDs.contains { acts($0, as: subject) }
            || (affiliationID != nil && graph.personParent(of: subject) == affiliationID)
            || speakerID.map { acts($0, as: subject) } == true
    }

    /// 1 when the fact names the entity, less when it names only its country or one of
    /// its cities, 0 when neither.
    private func coverage(ofEntityAt index: Int, in profile: InternedProfile) -> Double {
        let entity = entityIDs[index]
        if profile.entities.sortedContains(entity) { return 1 }
        if profile.ancestors.sortedContains(entity) { return RelevanceWeights.coveredByAncestor }
        if entityAncestors[index].contains(where: profile.entities.sortedContains) { return RelevanceWeights.coveredByDescendant }
        return 0
    }

    /// True when `subject` is the asked entity, lies in it, or is a person acting for it
    /// (Giammattei for Guatemala).
    private func acts(_ entity: Int32, as subject: Int32) -> Bool {
        related(entity, subject) || graph.personParent(of: subject) == entity
    }

    /// True when `b` is `a`, lies in it, or contains it; `a` is an entity of the question.
    private func related(_ a: Int32, _ b: Int32) -> Bool {
        family(of: a)?.sortedContains(b) ?? (a == b)
    }

    /// The kin of `entity` when the question names it.
    private func family(of entity: Int32) -> [Int32]? {
        kin.first(where: { $0.entity == entity })?.family
    }

    /// How a fact's years (nil when undated) sit against the question's.
    func fit(years: ClosedRange<Int>?) -> FactMatch.TimeFit {
        guard let askedYears else { return .unconstrained }
        guard let years else { return .undated }
        return years.overlaps(askedYears) ? .inside : .outside
    }

    static func factor(_ fit: FactMatch.TimeFit) -> Double {
        switch fit {
        case .unconstrained, .inside: 1
        case .undated: RelevanceWeights.undated
        case .outside: RelevanceWeights.outsideYears
        }
    }
}
