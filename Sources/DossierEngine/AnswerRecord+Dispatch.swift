public import DossierKit
public import DossierOutput

extension AnswerRecord {
    /// The record of a dispatch: answered by its winner, or unknown with related facts.
    public init(dispatch: Dispatch, related: [Fact]) {
        self.init(question: dispatch.question.text, status: dispatch.winner == nil ? .unknown : .answered)
        if let winner = dispatch.winner {
            answer = winner.bid.answer.text
            plugin = winner.plugin
            confidence = (winner.bid.confidence * 100).rounded() / 100
            interpretation = winner.bid.answer.interpretation
            citations = winner.bid.answer.citations
            alternatives = dispatch.alternatives.map {
                Alternative(plugin: $0.plugin, answer: $0.bid.answer.text,
                            confidence: ($0.bid.confidence * 100).rounded() / 100, citations: $0.bid.answer.citations)
            }
        } else {
            self.related = related.map { Related(statement: $0.statement, citations: $0.citations) }
        }
    }
}
