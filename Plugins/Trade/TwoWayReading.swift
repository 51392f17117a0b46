import DossierAnswering
import DossierKit

/// "What do A and B trade?", "what does A trade with B?": trade as a whole between two
/// parties is the goods each way, so the answer gives the best flow from A to B and the
/// best from B to A together, each with its source. When the store holds only one
/// direction, the plain reading answers with what it has.
enum TwoWayReading {
    /// The concept of trade as a whole, and the concepts that name a direction.
    static let trade = "trade"
    static let directed: Set<String> = ["export", "import"]
    /// Besides trade itself, the one thing such a question may ask about the flows.
    static let asked: Set<String> = ["trade", "goods"]

    static func bid(with selector: FactSelector, for question: Question, in facts: any FactQuery) -> Bid? {
        let parties = question.entityIDs
        guard parties.count == 2, question.has(trade), Set(question.terms).isSubset(of: asked) else { return nil }
        let (a, b) = (parties[0], parties[1])
        let ranked = selector.rankedMatches(for: question, in: facts).filter { $0.confidence >= Confidence.threshold }
        let flows = ranked.compactMap { match in TradeFlow(match.match.fact).map { (flow: $0, ranked: match) } }
        guard let outward = flows.first(where: { $0.flow.goes(from: a, to: b, in: facts) }),
              let inward = flows.first(where: { $0.flow.goes(from: b, to: a, in: facts) })
        else { return nil }
        // The answer is as good as its weaker half.
        let weaker = outward.ranked.confidence <= inward.ranked.confidence ? outward.ranked : inward.ranked
        let shown = [outward.flow.fact, inward.flow.fact]
        let answer = Answer(
            text: ClaimSentence.text(of: shown, in: facts), facts: shown,
            interpretation: "trade both ways: " + shown.map { FactSelector.interpretation(of: $0, in: facts) }.joined(separator: "; "))
        return Bid(confidence: weaker.confidence, answer: answer,
                   reason: "goods each way; weaker side " + FactSelector.reason(weaker.match, fit: weaker.fit),
                   evidence: FactSelector.evidence(of: weaker.match, for: question, in: facts))
    }
}
