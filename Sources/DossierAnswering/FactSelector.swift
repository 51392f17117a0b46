public import DossierKit

/// The common way to answer from the facts of a few domains: rank the facts the domains
/// own against the question, weigh each by how well it suits the kind of question, and
/// state the best one, joined by any equally good fact of the same predicate (two sources
/// saying different things are both shown).
///
/// Answerers with special readings (intervals, listings, comparisons) try those first and
/// fall back to this.
public struct FactSelector: Sendable {
    /// Predicate domains (the part before the first dot) this selector answers from.
    public var domains: Set<String>
    /// When true, the selector answers from every domain except `domains`.
    public var excludesDomains: Bool
    /// How many facts may be joined into one answer.
    public var maximumJoined: Int
    /// When true, facts of one subject and predicate answer together whatever their
    /// objects: the several things one speaker said in reply are one answer.
    public var joinsAcrossObjects = false
    /// Facts of the domains the selector also requires to pass this test (all pass by
    /// default): a reading that answers from some claims of any domain, such as reactions.
    public var accepts: @Sendable (Fact) -> Bool = { _ in true }

    /// Under this confidence a match is noise: no bid, not even one for `:why` to show.
    public static let minimumConfidence = 0.05
    /// How far below the best fact another may score and still be joined, for questions
    /// that may want several things and for those wanting one.
    public static let wideJoinWindow = 0.25
    public static let narrowJoinWindow = 0.05
    /// How many of the best-matching facts of each reading are weighed.
    public static let rankingLimit = 40

    /// Creates a selector for these domains.
    public init(domains: Set<String>, maximumJoined: Int = 5) {
        self.domains = domains
        excludesDomains = false
        self.maximumJoined = maximumJoined
    }

    /// Creates a selector for every domain but these.
    public init(excluding domains: Set<String>, maximumJoined: Int = 5) {
        self.domains = domains
        excludesDomains = true
        self.maximumJoined = maximumJoined
    }

    /// True when the fact's predicate lies in one of the domains (or, for a selector made
    /// with `excluding:`, in none of them) and the fact passes ``accepts``.
    public func owns(_ fact: Fact) -> Bool { domainFilter.admits(fact) && accepts(fact) }

    /// The facts the selector's domains admit, as a store ranks them.
    public var domainFilter: DomainFilter { DomainFilter(domains, excluding: excludesDomains) }

    /// Readings of a question besides the one as asked, each with its weight (none by
    /// default): an answerer's own ways of understanding its domain's questions, such as
    /// "what does A import from B" read as "what does B export to A".
    public var alternativeReadings: @Sendable (Question) -> [QuestionReading] = { _ in [] }

    /// The owned facts ranked against the question, with each score weighed by kind fit.
    ///
    /// Every reading of the question (the question as asked, then ``alternativeReadings``)
    /// is ranked, each match's confidence multiplied by its reading's weight and fitted to
    /// that reading; a fact matched by several readings keeps its best. Matches of equal
    /// confidence are ordered by their evidence, never by fact id: the unclamped product
    /// first (two facts both over 1 are not equal), then the share of the question's
    /// terms, then of its entities, then how the time fits.
    public func rankedMatches(for question: Question, in facts: any FactQuery, limit: Int = FactSelector.rankingLimit) -> [(match: FactMatch, confidence: Double, fit: String)] {
        ranked(for: question, in: facts, limit: limit).map { (match: $0.match, confidence: $0.confidence, fit: $0.fit) }
    }

    /// A match as ranked, with the reading of the question it was matched through.
    struct Ranked {
        var match: FactMatch
        /// The unclamped product of the match's score, fits and reading weight.
        var raw: Double
        var fit: String
        /// The reading, shared by every match made through it (a question is large, and
        /// ranking copies its matches many times).
        private let asked: AskedReading
        var reading: Question { asked.question }

        init(match: FactMatch, raw: Double, fit: String, reading: AskedReading) {
            self.match = match
            self.raw = raw
            self.fit = fit
            asked = reading
        }

        var confidence: Double { min(1, raw) }
    }

    /// One reading of a question as asked, held once for all its matches.
    final class AskedReading: Sendable {
        let question: Question
        init(_ question: Question) { self.question = question }
    }

    func ranked(for question: Question, in facts: any FactQuery, limit: Int) -> [Ranked] {
        // Who holds an office now is said only by a sentence giving someone the title.
        guard OfficeQuestion(question, in: facts) == nil else { return [] }
        var best: [String: Ranked] = [:]
        var order: [String] = []
        for reading in [QuestionReading.literal(question)] + alternativeReadings(question) {
            // Words asking for a plan are answered by a claim's modality, not its words.
            let asksAboutPlan = ModalityFit.asksAboutPlan(reading.question)
            let asked = ModalityFit.read(reading.question, asksAboutPlan: asksAboutPlan)
            let shared = AskedReading(asked)
            for match in facts.relevant(to: asked, limit: limit, in: domainFilter, where: accepts) {
                let (factor, fit) = KindFit.factor(of: match.fact, for: asked, in: facts)
                let (claim, claimReading) = ClaimFit.factor(of: match.fact, for: asked)
                let (place, placeReading) = PlaceFit.factor(of: match.fact, for: asked, in: facts)
                let (modality, modalityReading) = ModalityFit.factor(of: match.fact, for: asked, asksAboutPlan: asksAboutPlan)
                let why = [fit, claimReading, placeReading, modalityReading].filter { !$0.isEmpty }.joined(separator: "; ")
                let raw = ClaimFit.score(of: match, for: asked, in: facts) * factor * claim * place * modality * reading.weight
                let candidate = Ranked(match: match, raw: raw, fit: why, reading: shared)
                if let kept = best[match.fact.id] {
                    if raw > kept.raw { best[match.fact.id] = candidate }
                } else {
                    best[match.fact.id] = candidate
                    order.append(match.fact.id)
                }
            }
        }
        ClaimFit.dateOtherEvents(in: &best, for: question)
        let sorted = order.compactMap { best[$0] }.sorted { a, b in
            if a.raw != b.raw { return a.raw > b.raw }
            return Self.strongerEvidence(a.match, b.match)
        }
        return Array(sorted.prefix(limit))
    }

    /// The parts of a match's evidence the index and the fits report: its share of the
    /// question's terms and entities, whether its subject is the one the question names,
    /// its time, and its kind and claim fit. Roles and time are given as ranks (1 fits, 0.5
    /// cannot tell, 0 contradicts): the confidence itself comes from the scorer's weights;
    /// this evidence orders bids of equal confidence.
    public static func evidence(of match: FactMatch, for question: Question, in facts: any FactQuery) -> Confidence.Evidence {
        let kind = KindFit.factor(of: match.fact, for: question, in: facts).0 * ClaimFit.factor(of: match.fact, for: question).0
        let time: Double = switch match.timeFit {
        case .inside, .unconstrained: 1
        case .undated: 0.5
        case .outside: 0
        }
        return Confidence.Evidence(
            terms: match.termCoverage, entities: match.entityCoverage, roles: match.subjectMatches ? 1 : 0.5, time: time, kind: kind)
    }

    /// True when `a` explains more of the question than `b`: more of its terms, then more
    /// of its entities, then a time inside the one asked over one merely unconstrained.
    public static func strongerEvidence(_ a: FactMatch, _ b: FactMatch) -> Bool {
        if a.termCoverage != b.termCoverage { return a.termCoverage > b.termCoverage }
        if a.entityCoverage != b.entityCoverage { return a.entityCoverage > b.entityCoverage }
        return timeRank(a.timeFit) > timeRank(b.timeFit)
    }

    private static func timeRank(_ fit: FactMatch.TimeFit) -> Int {
        switch fit {
        case .inside: 3
        case .unconstrained: 2
        case .undated: 1
        case .outside: 0
        }
    }

    /// A bid stating the best-matching fact, or nil when no owned fact matches at all.
    public func bid(for question: Question, in facts: any FactQuery) -> Bid? {
        let matches = ranked(for: question, in: facts, limit: Self.rankingLimit)
        guard let best = matches.first, best.confidence > Self.minimumConfidence else { return nil }
        let window = Self.joinWindow(for: question.kind)
        let joined = matches.filter {
            $0.confidence >= best.confidence - window
                && (Self.belongTogether($0.match.fact, best.match.fact) || joinsAcrossObjects && Self.sameAct($0.match.fact, best.match.fact))
        }.prefix(maximumJoined).map(\.match.fact)
        // Sources disagreeing on the value asked for are shown side by side, each with its source.
        let conflict = SourceConflict(among: joined, for: question, in: facts)
        let versions = conflict?.facts ?? []
        let rest = joined.filter { fact in !versions.contains { $0.id == fact.id } }
        let shown = versions + rest
        let text = ([conflict?.text(in: facts)].compactMap { $0 } + [ClaimSentence.text(of: rest, in: facts)].filter { !$0.isEmpty })
            .joined(separator: " ")
        let answer = Answer(text: text, facts: shown, interpretation: Self.interpretation(of: best.match.fact, in: facts))
        return Bid(confidence: best.confidence, answer: answer, reason: Self.reason(best.match, fit: best.fit),
                   evidence: Self.evidence(of: best.match, for: best.reading, in: facts))
    }

    /// How far below the best fact another may score and still be joined to the answer:
    /// narrow for questions wanting one thing (a date, a place, a person), wide for
    /// "what" and "which" questions that may want several.
    public static func joinWindow(for kind: QuestionKind) -> Double {
        [.what, .list, .how, .compare, .other].contains(kind) ? wideJoinWindow : narrowJoinWindow
    }

    /// Facts that make one answer together: the same subject, and either the same
    /// predicate and object (two sources, or several items of a list) or the same cited
    /// paragraph (one claim split into atomic facts).
    public static func belongTogether(_ a: Fact, _ b: Fact) -> Bool {
        guard a.subject == b.subject else { return false }
        if a.predicate == b.predicate && a.object == b.object { return true }
        let paragraphs = Set(b.citations.map { $0.source + "|" + $0.locator })
        return a.citations.contains { paragraphs.contains($0.source + "|" + $0.locator) }
    }

    /// True when both facts are one subject doing one predicate.
    public static func sameAct(_ a: Fact, _ b: Fact) -> Bool { a.subject == b.subject && a.predicate == b.predicate }

    /// "embassy.opened, subject Russia, 2007".
    public static func interpretation(of fact: Fact, in facts: any FactQuery) -> String {
        var parts = [fact.predicate, "subject \(facts.name(of: fact.subject))"]
        if let object = fact.object { parts.append("object \(facts.name(of: object))") }
        if let time = fact.time { parts.append(time.label) }
        return parts.joined(separator: ", ")
    }

    /// One line on why a match scored as it did.
    public static func reason(_ match: FactMatch, fit: String) -> String {
        let percent = { (value: Double) in String(Int((value * 100).rounded())) + "%" }
        var parts = ["\(match.fact.predicate) (\(match.fact.id))",
                     "terms \(percent(match.termCoverage))", "entities \(percent(match.entityCoverage))"]
        if match.timeFit != .unconstrained { parts.append("time \(match.timeFit.rawValue)") }
        if !match.missingTerms.isEmpty { parts.append("missing: " + match.missingTerms.joined(separator: " ")) }
        if !fit.isEmpty { parts.append(fit) }
        return parts.joined(separator: "; ")
    }
}
