import DossierKit
import DossierAnswering

/// "How many years passed between A and B?": the best dated fact for each event and the
/// years between them.
enum IntervalReading {
    /// The role fit of a fact that only mentions an entity the part names, against one in
    /// which it acts or is acted upon.
    static let mentionedOnly = 0.9

    static func bid(for question: Question, in facts: any FactQuery) -> Bid? {
        guard question.parts.count == 2,
              let first = bestDated(question.parts[0], in: facts),
              let second = bestDated(question.parts[1], in: facts, excluding: first.fact.id),
              let a = first.fact.time?.from, let b = second.fact.time?.from,
              a != b  // one year for both means one event read twice, not an interval
        else { return nil }
        let years = abs(b - a)
        let (earlier, later) = a <= b ? (first.fact, second.fact) : (second.fact, first.fact)
        let text = "\(years) year\(years == 1 ? "" : "s"): \(ClaimSentence.text(of: earlier, in: facts)) \(ClaimSentence.text(of: later, in: facts))"
        let confidence = min(first.score, second.score)
        return Bid(
            confidence: confidence,
            answer: Answer(text: text, facts: [earlier, later], interpretation: "years between \(earlier.predicate) and \(later.predicate)"),
            reason: "interval between \(first.fact.id) and \(second.fact.id)")
    }

    /// The best dated fact for one event, preferring a fact whose subject or object is an
    /// entity the part names over one that only mentions it.
    private static func bestDated(_ part: Question, in facts: any FactQuery, excluding id: String? = nil) -> FactMatch? {
        let candidates = facts.relevant(to: part, limit: 5) {
            $0.time?.from != nil && $0.time?.precision != .span && $0.id != id && !ModalityFit.isPlanned($0)
        }
        let named = Set(part.entityIDs)
        func weight(_ match: FactMatch) -> Double {
            let core = [match.fact.subject, match.fact.object].contains { $0.map(named.contains) ?? false }
            return match.score * (core || named.isEmpty ? 1 : mentionedOnly)
        }
        return candidates.max { weight($0) < weight($1) }
    }
}
