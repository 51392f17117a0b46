public import DossierKit
import DossierAnswering

/// Answers questions about positions and statements: who said what and when,
/// condemnations, deportations, sanctions, alliances and policy objectives; and reactions,
/// acts of any domain taken in response to an event (``ReactionReading``).
public struct StanceAnswerer: Answerer {
    public let name = "stance"
    public let version = "1.0"
    public let summary = "Positions and statements: condemnations, deportations, sanctions, alliances, policy goals."
    public let exampleQuestions = [
        "What is Guatemala's position on Russia's war in Ukraine?",
        "Which countries are Russia's allies in Latin America?",
        "What are U.S. policy objectives in Guatemala?",
    ]

    /// The predicate domains it answers from.
    public let domains: Set<String> = [
        "position", "statement", "accusation", "deportation", "alliance", "policy", "sanctions",
    ]

    /// What one speaker said, about whatever each statement is, answers together.
    private var selector: FactSelector {
        var selector = FactSelector(domains: domains)
        selector.joinsAcrossObjects = true
        return selector
    }

    /// "Why" asks for a fact's reason or purpose.
    public var roleConcepts: [String: String] { KindFit.reasonRoles }

    /// Creates the answerer.
    public init() {}

    /// A statement or position of its domains, and a reaction of any domain when the
    /// question asks what someone did in response to something.
    public func bid(for question: Question, in facts: any FactQuery) async throws -> [Bid] {
        [selector.bid(for: question, in: facts), ReactionReading.bid(for: question, in: facts)].compactMap { $0 }
    }
}
