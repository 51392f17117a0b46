public import DossierKit

/// Hands a question to every answerer and picks the answer.
///
/// The best valid bid at or over the threshold answers; other answerers' bids within
/// `margin` of it become alternatives; with no bid over the threshold the question is
/// unknown. A bid is dropped, with the reason kept for `:why`, when its confidence lies
/// outside 0...1, it cites nothing, or it cites a source the store does not hold.
public struct Dispatcher: Sendable {
    /// The answerers, in registration order.
    public let answerers: [any Answerer]
    /// The lowest confidence that answers.
    public let threshold: Double
    /// How close to the winner a runner-up must be to be offered as an alternative.
    public let margin: Double

    /// Creates a dispatcher over these answerers.
    public init(answerers: [any Answerer], threshold: Double = Confidence.threshold, margin: Double = 0.15) {
        self.answerers = answerers
        self.threshold = threshold
        self.margin = margin
    }

    /// Collects every answerer's bids and picks the winner.
    public func dispatch(_ question: Question, in facts: any FactQuery) async -> Dispatch {
        var result = Dispatch(question: question)
        let facts = DispatchView(base: facts, claimedDomains: answerers.reduce(into: Set<String>()) { $0.formUnion($1.domains) })
        for answerer in answerers {
            if Task.isCancelled { break }
            do {
                for bid in try await answerer.bid(for: question, in: facts) {
                    if let problem = problem(with: bid, in: facts) {
                        result.rejected.append(RejectedBid(plugin: answerer.name, bid: bid, reason: problem))
                    } else {
                        result.bids.append(PluginBid(plugin: answerer.name, bid: bid))
                    }
                }
            } catch {
                result.failures.append(PluginFailure(plugin: answerer.name, message: String(describing: error)))
            }
        }
        result.bids.sort { $0.bid.confidence > $1.bid.confidence }
        if let best = result.bids.first, best.bid.confidence >= threshold {
            result.winner = best
            var seen: Set<String> = [best.bid.answer.text]
            result.alternatives = result.bids.dropFirst().filter {
                $0.bid.confidence >= max(threshold, best.bid.confidence - margin) && seen.insert($0.bid.answer.text).inserted
            }
        }
        return result
    }

    private func problem(with bid: Bid, in facts: any FactQuery) -> String? {
        guard bid.confidence.isFinite, (0...1).contains(bid.confidence) else {
            return "confidence \(bid.confidence) is outside 0...1"
        }
        guard !bid.answer.citations.isEmpty else { return "the answer cites no source" }
        if let unknown = bid.answer.citations.first(where: { facts.source($0.source) == nil }) {
            return "cites source '\(unknown.source)', which the store does not hold"
        }
        guard !bid.answer.text.isEmpty else { return "the answer is empty" }
        return nil
    }
}

/// What the dispatcher decided for one question, with every bid for `:why`.
public struct Dispatch: Sendable {
    /// The question as analysed.
    public var question: Question
    /// The answer, nil when the question is unknown.
    public var winner: PluginBid?
    /// Close runners-up from other readings or answerers.
    public var alternatives: [PluginBid] = []
    /// Every valid bid, best first.
    public var bids: [PluginBid] = []
    /// Bids dropped, with why.
    public var rejected: [RejectedBid] = []
    /// Answerers that threw.
    public var failures: [PluginFailure] = []

    /// Creates an empty result for a question.
    public init(question: Question) { self.question = question }
}

/// A bid with the answerer that made it.
public struct PluginBid: Sendable {
    /// The answerer's name.
    public var plugin: String
    /// The bid.
    public var bid: Bid
}

/// A bid the dispatcher dropped.
public struct RejectedBid: Sendable {
    /// The answerer's name.
    public var plugin: String
    /// The bid.
    public var bid: Bid
    /// Why it was dropped.
    public var reason: String
}

/// An answerer that threw instead of bidding.
public struct PluginFailure: Sendable {
    /// The answerer's name.
    public var plugin: String
    /// What it threw.
    public var message: String
}
