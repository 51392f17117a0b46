import DossierAnswering
import DossierKit

/// "What was the trade balance between A and B in 2019?": a balance is computed, never
/// guessed. It takes A's exports to B and its imports from B, each a stated sum (see
/// ``TradeFigure``) of the same year and currency, and answers with both, their sources,
/// and the difference. Without two such figures it does not bid, and a balance the store
/// states itself answers through the plain reading.
enum BalanceReading {
    /// Question terms asking for a balance (WordNet lemmas: "balances" is `balance`).
    static let balanceTerms: Set<String> = ["balance", "surplus", "deficit"]

    static func bid(with selector: FactSelector, for question: Question, in facts: any FactQuery) -> Bid? {
        let parties = question.entityIDs
        guard parties.count == 2, question.terms.contains(where: balanceTerms.contains) else { return nil }
        let (a, b) = (parties[0], parties[1])
        // The flows answer the question without its word for a balance, which no flow says.
        var flowsAsked = question
        flowsAsked.terms.removeAll(where: balanceTerms.contains)
        if !flowsAsked.has(TwoWayReading.trade) { flowsAsked.terms.append(TwoWayReading.trade) }
        let flows = selector.rankedMatches(for: flowsAsked, in: facts).compactMap { ranked -> Figure? in
            guard ranked.confidence >= Confidence.threshold, let flow = TradeFlow(ranked.match.fact),
                  let amount = ranked.match.fact.qualifiers["amount"], let figure = TradeFigure(amount),
                  let time = ranked.match.fact.time, let year = time.from, time.to == nil || time.to == year
            else { return nil }
            return Figure(flow: flow, figure: figure, year: year, ranked: ranked)
        }
        let pairs = flows.filter { $0.flow.goes(from: a, to: b, in: facts) }.flatMap { out in
            flows.filter { $0.flow.goes(from: b, to: a, in: facts) && $0.year == out.year && $0.figure.currency == out.figure.currency }
                .map { (out: out, back: $0) }
        }
        guard let best = pairs.max(by: { weaker($0).ranked.confidence < weaker($1).ranked.confidence }) else { return nil }
        let weak = weaker(best).ranked
        let shown = [best.out.flow.fact, best.back.flow.fact]
        let answer = Answer(
            text: ClaimSentence.text(of: shown, in: facts) + " " + sentence(best, a: a, b: b, in: facts), facts: shown,
            interpretation: "trade balance of \(facts.name(of: a)) with \(facts.name(of: b)) in \(best.out.year), computed from two figures")
        let confidence = weak.confidence * TradeWeights.computedBalance
        var evidence = FactSelector.evidence(of: weak.match, for: flowsAsked, in: facts)
        evidence.kind *= TradeWeights.computedBalance
        return Bid(confidence: confidence, answer: answer,
                   reason: "balance from two figures of \(best.out.year); weaker " + FactSelector.reason(weak.match, fit: weak.fit),
                   evidence: evidence)
    }

    struct Figure {
        let flow: TradeFlow
        let figure: TradeFigure
        let year: Int
        let ranked: (match: FactMatch, confidence: Double, fit: String)
    }

    private static func weaker(_ pair: (out: Figure, back: Figure)) -> Figure {
        pair.out.ranked.confidence <= pair.back.ranked.confidence ? pair.out : pair.back
    }

    /// "In 2019 Estavia's exports to Norland ($45 million) exceeded its imports from it
    /// ($30 million) by $15 million: a trade surplus for Estavia."
    static func sentence(_ pair: (out: Figure, back: Figure), a: String, b: String, in facts: any FactQuery) -> String {
        let (name, other) = (ArticledName.of(a, in: facts), ArticledName.of(b, in: facts))
        let difference = TradeFigure(currency: pair.out.figure.currency, value: pair.out.figure.value - pair.back.figure.value)
        let exports = "\(possessive(name)) exports to \(other) (\(pair.out.figure.text))"
        let imports = "its imports from \(other) (\(pair.back.figure.text))"
        let start = "In \(pair.out.year) " + exports
        switch difference.sign {
        case 0: return start + " equalled " + imports + ": the trade between them was balanced."
        case ..<0: return start + " fell short of " + imports + " by \(difference.text): a trade deficit for \(name)."
        default: return start + " exceeded " + imports + " by \(difference.text): a trade surplus for \(name)."
        }
    }

    private static func possessive(_ name: String) -> String { name.hasSuffix("s") ? name + "'" : name + "'s" }
}
