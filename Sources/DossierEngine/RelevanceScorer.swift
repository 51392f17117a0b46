import DossierKit

/// Scores one question against facts: how much of what the question names (its terms,
/// its entities, its years) each fact accounts for.
///
/// The score is a product, so a fact that misses the question's entities or lies outside
/// its years cannot make up for it with matching words:
/// `terms covered × entity factor × time factor × subject factor`.
struct RelevanceScorer {
    let question: Question
    let weights: TermWeights
    let parents: [String: String]
    private let terms: [String]
    private let totalWeight: Double
    private let entities: [String]

    init(question: Question, weights: TermWeights, parents: [String: String]) {
        self.question = question
        self.weights = weights
        self.parents = parents
        var seen = Set<String>()
        terms = question.terms.filter { seen.insert($0).inserted }
        totalWeight = terms.reduce(0) { $0 + weights($1) }
        entities = question.entityIDs
    }

    func match(_ fact: Fact, profile: FactProfile) -> FactMatch? {
        let found = terms.filter(profile.terms.contains)
        let termCoverage = terms.isEmpty ? 0.5 : found.reduce(0) { $0 + weights($1) } / totalWeight
        let entityCoverage = entities.isEmpty
            ? 1 : entities.reduce(0) { $0 + coverage(of: $1, in: profile.entities) } / Double(entities.count)
        guard !found.isEmpty || (entityCoverage > 0 && !entities.isEmpty) else { return nil }
        let timeFit = fit(fact.time)
        let subjectMatches = entities.first.map { related($0, fact.subject) } ?? false
        let entityFactor = entities.isEmpty ? 0.85 : 0.4 + 0.6 * entityCoverage
        let subjectFactor = entities.count >= 2 && !subjectMatches ? 0.9 : 1
        let score = termCoverage * entityFactor * Self.factor(timeFit) * subjectFactor
        return FactMatch(
            fact: fact, score: min(1, max(0, score)), termCoverage: termCoverage, entityCoverage: entityCoverage,
            timeFit: timeFit, subjectMatches: subjectMatches, missingTerms: terms.filter { !profile.terms.contains($0) })
    }

    /// 1 when the fact names the entity, less when it names only its country or one of
    /// its cities, 0 when neither.
    private func coverage(of entity: String, in names: Set<String>) -> Double {
        if names.contains(entity) { return 1 }
        if names.contains(where: { parents[$0] == entity }) { return 0.7 }
        if let parent = parents[entity], names.contains(parent) { return 0.5 }
        return 0
    }

    private func related(_ a: String, _ b: String) -> Bool {
        a == b || parents[a] == b || parents[b] == a
    }

    private func fit(_ time: TimeValue?) -> FactMatch.TimeFit {
        guard let constraint = question.time else { return .unconstrained }
        guard let time else { return .undated }
        return time.overlaps(constraint.years) ? .inside : .outside
    }

    private static func factor(_ fit: FactMatch.TimeFit) -> Double {
        switch fit {
        case .unconstrained, .inside: 1
        case .undated: 0.55
        case .outside: 0.15
        }
    }
}
