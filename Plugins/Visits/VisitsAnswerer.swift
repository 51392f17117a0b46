public import DossierKit
import DossierAnswering

/// Answers questions about visits and meetings: who travelled where, when, why, with
/// whom and for how long, whom they met, where they met, what they discussed, and which
/// visit came first.
public struct VisitsAnswerer: Answerer {
    public let name = "visits"
    public let version = "1.0"
    public let summary = "Visits and meetings: who went where, when and why, whom they met and what they discussed."
    public let exampleQuestions = [
        "Which Russian president visited Guatemala?",
        "Who did Putin meet in Guatemala?",
        "Why did Putin travel to Guatemala in 2007?",
    ]

    /// The predicate domains it answers from.
    /// Agreements signed (a joint communiqué, accords) are what envoys meet to do.
    public let domains: Set<String> = ["visit", "meeting", "talks", "agreement"]

    /// "What did they discuss" asks for a fact's topic, "who accompanied" for its
    /// companions; "why" for its reason or purpose.
    public var roleConcepts: [String: String] {
        KindFit.reasonRoles.merging(["topic": "discuss", "companions": "accompany"]) { first, _ in first }
    }

    private var selector: FactSelector { FactSelector(domains: domains) }

    /// Creates the answerer.
    public init() {}

    public func bid(for question: Question, in facts: any FactQuery) async throws -> [Bid] {
        let read = VisitReading.read(question, in: facts)
        return [selector.bid(for: read, in: facts), EarliestReading.bid(with: selector, for: read, in: facts)].compactMap { $0 }
    }
}
