public import DossierKit

/// "When did A first visit B?", "which was the earliest embassy in C?": among the facts
/// that answer the rest of the question at the threshold, the earliest dated one. The
/// word "first" is then explained by the order of the facts, not looked for in their
/// words; a fact that itself states it was the first still answers through the plain
/// reading, which keeps the word.
public enum EarliestReading {
    /// Question terms asking for the earliest of several events.
    public static let ordinalTerms: Set<String> = ["first", "earliest"]
    /// The kind fit of the earliest fact the store holds: the store may not hold an
    /// earlier event, so it answers with a reading, never as exactly stated.
    public static let kindFit = 0.95

    /// The earliest dated fact `selector` ranks at the threshold for the question without
    /// its ordinal word; nil when the question asks for no first, or no dated fact answers.
    public static func bid(with selector: FactSelector, for question: Question, in facts: any FactQuery) -> Bid? {
        guard question.terms.contains(where: ordinalTerms.contains) else { return nil }
        var rest = question
        rest.terms.removeAll(where: ordinalTerms.contains)
        guard !rest.terms.isEmpty else { return nil }
        let answering = selector.rankedMatches(for: rest, in: facts).filter {
            $0.confidence >= Confidence.threshold && $0.match.fact.time?.from != nil && $0.match.fact.time?.precision != .span
        }
        guard let earliest = answering.min(by: { a, b in
            a.match.fact.time! != b.match.fact.time! ? a.match.fact.time! < b.match.fact.time! : a.confidence > b.confidence
        }) else { return nil }
        let fact = earliest.match.fact
        var evidence = FactSelector.evidence(of: earliest.match, for: rest, in: facts)
        evidence.kind *= kindFit
        let confidence = earliest.confidence * kindFit
        let answer = Answer(
            text: ClaimSentence.text(of: fact, in: facts), facts: [fact],
            interpretation: "earliest of \(answering.count) fact(s): " + FactSelector.interpretation(of: fact, in: facts))
        return Bid(confidence: confidence, answer: answer,
                   reason: "earliest of \(answering.count) answering fact(s); " + FactSelector.reason(earliest.match, fit: earliest.fit),
                   evidence: evidence)
    }
}
