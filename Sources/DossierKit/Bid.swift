/// An answerer's offer to answer a question: how sure it is, what it would say, and why.
public struct Bid: Sendable, Hashable {
    /// How sure the answerer is, from 0 (a guess) to 1 (certain). The dispatcher drops a
    /// bid outside 0...1.
    public var confidence: Double
    /// What the answerer would say.
    public var answer: Answer
    /// One line on why it bids this much, shown by `:why`.
    public var reason: String
    /// The evidence the confidence was computed from, when the answerer gives it. Between
    /// bids of equal confidence the dispatcher prefers the stronger evidence (more of the
    /// question's terms, then of its entities, roles, time and kind), never the answerer
    /// registered first.
    public var evidence: Confidence.Evidence?

    /// Creates a bid without its evidence.
    public init(confidence: Double, answer: Answer, reason: String) {
        self.init(confidence: confidence, answer: answer, reason: reason, evidence: nil)
    }

    /// Creates a bid with the evidence its confidence was computed from.
    public init(confidence: Double, answer: Answer, reason: String, evidence: Confidence.Evidence?) {
        self.confidence = confidence
        self.answer = answer
        self.reason = reason
        self.evidence = evidence
    }
}
