public import DossierKit
import DossierAnswering

/// Answers from facts no specialist owns: elections, strategies, culture and education,
/// geography, and any predicate a newly ingested document brings; "who is X" or "what
/// happened to X" from the facts about X; and who holds an office now (``OfficeHolderReading``).
public struct GeneralAnswerer: Answerer {
    public let name = "general"
    public let version = "1.0"
    public let summary = "Facts outside the specialists' domains: elections, strategies, culture, education, geography."
    public let exampleQuestions = [
        "Who won Guatemala's 2023 presidential election?",
        "Which countries does the U.S. Strategy for Central America cover?",
    ]

    /// "Why" asks for a fact's reason or purpose.
    public var roleConcepts: [String: String] { KindFit.reasonRoles }

    /// Creates the answerer.
    public init() {}

    public func bid(for question: Question, in facts: any FactQuery) async throws -> [Bid] {
        // Who holds an office now is answered by its latest holder or not at all: any other
        // fact naming someone with the title may tell of a past one.
        if OfficeQuestion(question, in: facts) != nil {
            return OfficeHolderReading.bid(for: question, in: facts).map { [$0] } ?? []
        }
        if let profile = ProfileReading.bid(for: question, in: facts) { return [profile] }
        // Its share is whatever no registered answerer claims, computed at each dispatch.
        return FactSelector(excluding: facts.claimedDomains).bid(for: question, in: facts).map { [$0] } ?? []
    }
}
