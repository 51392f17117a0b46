public import DossierKit

/// Answers from facts no specialist owns: elections, strategies, culture and education,
/// geography, and any predicate a newly ingested document brings; and "who is X" or
/// "what happened to X" from the facts about X.
public struct GeneralAnswerer: Answerer {
    public let name = "general"
    public let version = "1.0"
    public let summary = "Facts outside the specialists' domains: elections, strategies, culture, education, geography."
    public let exampleQuestions = [
        "Who won Guatemala's 2023 presidential election?",
        "Which countries does the U.S. Strategy for Central America cover?",
    ]

    /// Domains the built-in specialists answer; the general answerer leaves them alone.
    static let specialistDomains: Set<String> = [
        "diplomatic-relations", "embassy", "representation", "peace-process", "relations",
        "trade", "investment", "visit", "meeting", "talks",
        "position", "statement", "accusation", "deportation", "alliance", "policy", "sanctions",
    ]

    /// Creates the answerer.
    public init() {}

    public func bid(for question: Question, in facts: any FactQuery) async throws -> [Bid] {
        if let profile = ProfileReading.bid(for: question, in: facts) { return [profile] }
        return FactSelector(excluding: Self.specialistDomains).bid(for: question, in: facts).map { [$0] } ?? []
    }
}
