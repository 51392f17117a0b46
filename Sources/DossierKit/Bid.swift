/// An answerer's offer to answer a question: how sure it is, what it would say, and why.
public struct Bid: Sendable, Hashable {
    /// How sure the answerer is, from 0 (a guess) to 1 (certain). The dispatcher drops a
    /// bid outside 0...1.
    public var confidence: Double
    /// What the answerer would say.
    public var answer: Answer
    /// One line on why it bids this much, shown by `:why`.
    public var reason: String

    /// Creates a bid.
    public init(confidence: Double, answer: Answer, reason: String) {
        self.confidence = confidence
        self.answer = answer
        self.reason = reason
    }
}
