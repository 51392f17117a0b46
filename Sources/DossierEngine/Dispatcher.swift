public import DossierKit
public import Logging

/// Hands a question to every answerer and picks the answer.
///
/// The answerers bid concurrently, within one time budget per question: a slow answerer
/// costs the budget once, however many there are, and one that has not answered when the
/// budget runs out is recorded as a failure and its late bids are ignored. Cancelling the
/// question's task (Ctrl-C in the shell) cancels every answerer's work. The result does not
/// depend on who finished first: bids are read in registration order, so the same bids give
/// the same order and the same winner.
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
    /// How long all answerers together may take over one question.
    public let budget: Duration
    /// Where failures, timeouts and (at debug level) every bid are logged.
    public let logger: Logger

    /// The default budget: longer than the longest an out-of-process plugin may
    /// legitimately take over one question (a restart's handshake, 5 s, then the question,
    /// 2 s: `PluginLimits`), so the plugin layer times out, stops and restarts a hanging
    /// plugin itself, and the budget only catches answerers that never return. All
    /// answerers run at once, so a slow one costs its own timeout once per question.
    public static let defaultBudget: Duration = .seconds(10)

    /// Creates a dispatcher over these answerers; the logger defaults to one that drops everything.
    public init(
        answerers: [any Answerer], threshold: Double = Confidence.threshold, margin: Double = 0.15, budget: Duration = defaultBudget,
        logger: Logger = Logger(label: "dossier.dispatch", factory: { _ in SwiftLogNoOpLogHandler() })
    ) {
        self.answerers = answerers
        self.threshold = threshold
        self.margin = margin
        self.budget = budget
        self.logger = logger
    }

    /// Collects every answerer's bids and picks the winner.
    public func dispatch(_ question: Question, in facts: any FactQuery) async -> Dispatch {
        var result = Dispatch(question: question)
        let facts = DispatchView(base: facts, claimedDomains: answerers.reduce(into: Set<String>()) { $0.formUnion($1.domains) })
        for (answerer, outcome) in zip(answerers, await outcomes(for: question, in: facts)) {
            switch outcome {
            case .bids(let bids):
                for bid in bids {
                    if let problem = problem(with: bid, in: facts) {
                        logger.info("dropped a bid of '\(answerer.name)': \(problem)", metadata: ["plugin": "\(answerer.name)"])
                        result.rejected.append(RejectedBid(plugin: answerer.name, bid: bid, reason: problem))
                    } else {
                        logger.debug("'\(answerer.name)' bids \(bid.confidence): \(bid.reason)")
                        result.bids.append(PluginBid(plugin: answerer.name, bid: bid))
                    }
                }
            case .failed(let message):
                logger.warning("answerer '\(answerer.name)' failed: \(message)", metadata: ["plugin": "\(answerer.name)"])
                result.failures.append(PluginFailure(plugin: answerer.name, message: message))
            case .late:
                let message = "gave no bid within the question's budget of \(budget); its late bids are ignored"
                logger.warning("answerer '\(answerer.name)' \(message)", metadata: ["plugin": "\(answerer.name)"])
                result.failures.append(PluginFailure(plugin: answerer.name, message: message))
            case .cancelled:
                break
            }
        }
        // Equal confidences are ordered by their evidence; a bid that gives none counts
        // as weaker than one that does, and two without keep registration order.
        result.bids.sort { a, b in
            if a.bid.confidence != b.bid.confidence { return a.bid.confidence > b.bid.confidence }
            switch (a.bid.evidence, b.bid.evidence) {
            case let (x?, y?): return x.isStronger(than: y)
            case (_?, nil): return true
            default: return false
            }
        }
        if let best = result.bids.first, best.bid.confidence >= threshold {
            result.winner = best
            var seen: Set<String> = [best.bid.answer.text]
            result.alternatives = result.bids.dropFirst().filter {
                $0.bid.confidence >= max(threshold, best.bid.confidence - margin) && seen.insert($0.bid.answer.text).inserted
            }
        }
        return result
    }

    /// What became of one answerer's work on a question.
    private enum Outcome: Sendable {
        case bids([Bid])
        case failed(String)
        /// Still working when the budget ran out.
        case late
        /// Still working when the question was cancelled.
        case cancelled
    }

    /// Runs every answerer at once and waits until all have answered, the budget runs out,
    /// or the question is cancelled, whichever comes first. Each answerer runs in a task of
    /// its own rather than in a task group, because a group waits for every child even after
    /// cancelling it, and an answerer that ignores cancellation would then hold the question
    /// past its budget.
    private func outcomes(for question: Question, in facts: any FactQuery) async -> [Outcome] {
        guard !answerers.isEmpty else { return [] }
        var outcomes = [Outcome](repeating: .late, count: answerers.count)
        // nil is the budget's end.
        let (events, sink) = AsyncStream.makeStream(of: (index: Int, outcome: Outcome)?.self)
        let work = answerers.enumerated().map { index, answerer in
            Task {
                do {
                    sink.yield((index, .bids(try await answerer.bid(for: question, in: facts))))
                } catch {
                    sink.yield((index, .failed(String(describing: error))))
                }
            }
        }
        let timer = Task {
            try? await Task.sleep(for: budget)
            sink.yield(nil)
        }
        var pending = answerers.count
        await withTaskCancellationHandler {
            for await event in events {
                guard let event else { break }
                outcomes[event.index] = event.outcome
                pending -= 1
                if pending == 0 { break }
            }
        } onCancel: {
            sink.finish()
        }
        sink.finish()
        timer.cancel()
        for task in work { task.cancel() }
        if Task.isCancelled {
            for index in outcomes.indices {
                if case .late = outcomes[index] { outcomes[index] = .cancelled }
            }
        }
        return outcomes
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
