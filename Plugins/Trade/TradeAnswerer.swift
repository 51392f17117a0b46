public import DossierKit
import DossierAnswering

/// Answers questions about trade and investment: what each side sells the other (both
/// ways when asked about trade as a whole), how exports compare with imports and the
/// balance they leave, markets, trade agreements, aid, debts written off and investment.
public struct TradeAnswerer: Answerer {
    public let name = "trade"
    public let version = "1.0"
    public let summary = "Trade and investment: goods each way, balances, markets, agreements and comparisons."
    public let exampleQuestions = [
        "What does Guatemala export to Russia?",
        "How do Russia's exports to Guatemala compare with its imports?",
        "Which trade agreement covers the United States and Guatemala?",
    ]

    /// The predicate domains it answers from.
    public let domains: Set<String> = ["trade", "investment", "aid", "debt"]

    /// "Which goods" asks for a fact's goods, "what share" for its share, "how do they
    /// compare" for its ratio; "why" for its reason or purpose.
    public var roleConcepts: [String: String] {
        KindFit.reasonRoles.merging(["goods": "goods", "share": "share", "ratio": "compare"]) { first, _ in first }
    }

    /// Ranks the trade domains' facts against the question as asked and its converse.
    private var selector: FactSelector {
        var selector = FactSelector(domains: domains)
        selector.alternativeReadings = ConverseReading.readings
        return selector
    }

    /// Creates the answerer.
    public init() {}

    /// Trade as a whole between two parties answers with the goods each way when the store
    /// holds both; a balance asked for is computed from two figures when it can be; else
    /// the best fact of the trade domains answers.
    public func bid(for question: Question, in facts: any FactQuery) async throws -> [Bid] {
        let selector = selector
        if let twoWay = TwoWayReading.bid(with: selector, for: question, in: facts) { return [twoWay] }
        return [selector.bid(for: question, in: facts), BalanceReading.bid(with: selector, for: question, in: facts)].compactMap { $0 }
    }
}
