import DossierKit
import DossierAnswering

/// "What happened in 1996?", "what happened between 1990 and 2000?", "how did relations
/// change in the 1960s?": every dated event that begins in the years asked, oldest first.
enum ListingReading {
    static let maximumEvents = 8
    /// The kind fit of a listing: every dated event of the years is what "what happened"
    /// asks for, but the store may not hold everything that happened.
    static let kindFit = 0.95

    static func bid(for question: Question, in facts: any FactQuery) -> Bid? {
        guard let time = question.time, asksOnlyWhatHappened(question) else { return nil }
        let events = facts.facts(beginningIn: time.years).filter { fact in
            // A plan is not something that happened.
            guard let start = fact.time, start.precision != .span, let from = start.from, !ModalityFit.isPlanned(fact) else { return false }
            let mentioned = question.entityIDs
            return time.years.contains(from) && mentioned.allSatisfy { fact.allEntities.contains($0) || relatesTo($0, fact, facts) }
        }.sorted { $0.time! < $1.time! }
        guard !events.isEmpty else { return nil }
        let evidence = Confidence.Evidence(kind: kindFit)
        let shown = Array(events.prefix(maximumEvents))
        var text = shown.map { "\($0.time!.label): \(ClaimSentence.text(of: $0, in: facts))" }.joined(separator: " ")
        if events.count > shown.count { text += " (\(events.count - shown.count) more; narrow the years to see them.)" }
        return Bid(
            confidence: evidence.confidence,
            answer: Answer(text: text, facts: shown, interpretation: "dated events in \(time.surface)"),
            reason: "\(events.count) dated event(s) in \(time.surface)", evidence: evidence)
    }

    /// True when the question's only content is "what happened" or "how did it change",
    /// with a time: "how did relations change in the 1960s?".
    static func asksOnlyWhatHappened(_ question: Question) -> Bool {
        guard [.what, .list, .other, .how].contains(question.kind) else { return false }
        let content = question.terms.filter { !["happen", "change", "relation", "country", "go"].contains($0) }
        return (question.has("happen") || question.has("change")) && content.isEmpty
    }

    private static func relatesTo(_ entity: String, _ fact: Fact, _ facts: any FactQuery) -> Bool {
        fact.allEntities.contains { facts.entity($0)?.partOf == entity }
    }
}
