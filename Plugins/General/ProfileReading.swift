import DossierKit
import DossierAnswering

/// "Who is Gert Rosenthal?", "What happened to Dmitry Kudriakov?": a question that names
/// one entity and asks nothing more specific gets the facts in which that entity acts or
/// is acted upon (else every fact that names it), earliest first.
enum ProfileReading {
    static let maximumFacts = 3
    /// The kind fit of a profile: the facts in which someone acts say who or what they
    /// are only in part, so a profile answers with a reading, never as exactly asked.
    static let kindFit = 0.6

    static func bid(for question: Question, in facts: any FactQuery) -> Bid? {
        guard [.who, .what, .other].contains(question.kind), question.entityIDs.count == 1,
              question.time == nil, let entity = question.entityIDs.first,
              question.terms.allSatisfy({ ["happen", "go"].contains($0) }),
              let name = facts.entity(entity)?.name
        else { return nil }
        let about = facts.facts(about: entity)
        let acting = about.filter { $0.subject == entity || $0.object == entity }
        let central = acting.isEmpty ? about : acting
        guard !central.isEmpty else { return nil }
        let shown = Array(central.sorted(by: earlierFirst).prefix(maximumFacts))
        let evidence = Confidence.Evidence(kind: kindFit)
        return Bid(
            confidence: evidence.confidence,
            answer: Answer(text: ClaimSentence.text(of: shown, in: facts), facts: shown,
                           interpretation: "facts about \(name)"),
            reason: "\(central.count) fact(s) about \(name)", evidence: evidence)
    }

    private static func earlierFirst(_ a: Fact, _ b: Fact) -> Bool {
        switch (a.time, b.time) {
        case let (x?, y?): x < y
        case (_?, nil): true
        default: false
        }
    }
}
