public import DossierKit
import DossierAnswering

/// Answers questions about dated events: when relations began, froze and were renewed,
/// when embassies opened, what happened in a year or a span, and how many years lie
/// between two events.
public struct TimelineAnswerer: Answerer {
    public let name = "timeline"
    public let version = "1.0"
    public let summary = "Dated events: relations, embassies, what happened when, and the years between events."
    public let exampleQuestions = [
        "When did Russia open its embassy?",
        "What happened in 1996?",
        "How many years passed between the establishment of relations and their renewal?",
    ]

    /// The predicate domains it answers from.
    public let domains: Set<String> = [
        "diplomatic-relations", "embassy", "representation", "peace-process", "relations",
    ]

    private var selector: FactSelector { FactSelector(domains: domains) }

    /// "Why" asks for a fact's reason or purpose.
    public var roleConcepts: [String: String] { KindFit.reasonRoles }

    /// Creates the answerer.
    public init() {}

    public func bid(for question: Question, in facts: any FactQuery) async throws -> [Bid] {
        // Years between two dated events; when that reading is weak, a fact that states the
        // length itself ("two days after ...") may answer instead.
        if question.parts.count == 2, let interval = IntervalReading.bid(for: question, in: facts),
           interval.confidence >= Confidence.threshold {
            return [interval]
        }
        if let listing = ListingReading.bid(for: question, in: facts) {
            return [listing]
        }
        return [selector.bid(for: question, in: facts), EarliestReading.bid(with: selector, for: question, in: facts)].compactMap { $0 }
    }
}
