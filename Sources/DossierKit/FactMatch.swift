/// How well one fact matches a question, as ranked by ``FactQuery/relevant(to:limit:where:)``.
public struct FactMatch: Sendable, Hashable {
    /// How a fact's time sits against the question's time.
    public enum TimeFit: String, Sendable, Hashable {
        /// The question names no time.
        case unconstrained
        /// The fact's time overlaps the question's.
        case inside
        /// The fact has no time, so it cannot confirm the question's.
        case undated
        /// The fact's time lies outside the question's.
        case outside
    }

    /// The fact.
    public var fact: Fact
    /// Overall relevance from 0 to 1.
    public var score: Double
    /// Share of the question's terms (weighted by rarity) found in the fact.
    public var termCoverage: Double
    /// Share of the question's entities the fact involves.
    public var entityCoverage: Double
    /// How the fact's time sits against the question's.
    public var timeFit: TimeFit
    /// True when the question's first entity is the fact's subject.
    public var subjectMatches: Bool
    /// Question terms the fact does not explain.
    public var missingTerms: [String]

    /// Creates a match from a score alone, as an answerer ranking facts its own way
    /// would: full coverage, no time constraint, nothing missing. Set other fields after.
    public init(fact: Fact, score: Double) {
        self.init(fact: fact, score: score, termCoverage: 1, entityCoverage: 1, timeFit: .unconstrained,
                  subjectMatches: true, missingTerms: [])
    }

    /// Creates a match with every field.
    public init(
        fact: Fact, score: Double, termCoverage: Double, entityCoverage: Double,
        timeFit: TimeFit, subjectMatches: Bool, missingTerms: [String]
    ) {
        self.fact = fact
        self.score = score
        self.termCoverage = termCoverage
        self.entityCoverage = entityCoverage
        self.timeFit = timeFit
        self.subjectMatches = subjectMatches
        self.missingTerms = missingTerms
    }
}
