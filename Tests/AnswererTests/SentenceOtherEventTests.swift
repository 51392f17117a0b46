import DossierKit
import DossierOutput
import DossierTesting
import Testing

/// A sentence telling of two events dates each by its own clause: "when" about the event
/// the question's verb names never takes the date of the sentence's other event.
struct SentenceOtherEventTests {
    static let quote = "Norland opened its embassy in Pellor on 11 June 2023, three months after Estavia cut its ties with Varnhal's rival."
    static let facts = [
        ClaimFixtures.claim("opening", "norland", "embassy.opened", object: "estavia", qualifiers: ["place": "Pellor"],
                            time: "2023-06-11", paragraph: 1, quote: quote),
        {
            var severed = ClaimFixtures.claim("severing", "norland", "relations.severed", object: "estavia", paragraph: 1, quote: quote)
            severed.qualifiers["salience"] = "secondary"
            return severed
        }(),
    ]

    private func ask(_ question: String) async throws -> TestAnswer {
        try await ClaimFixtures.ask(question, facts: Self.facts)
    }

    @Test func answersTheDateOfTheEventItsClauseDates() async throws {
        let answer = try await ask("When did Norland open its embassy in Pellor?")
        #expect(answer.status == .answered)
        #expect(answer.answer.contains("11 June 2023"))
    }

    @Test func neverGivesTheOtherEventsDate() async throws {
        let answer = try await ask("When did Norland break off relations with Estavia?")
        #expect(!answer.answer.contains("11 June 2023"), "\(answer.plugin ?? "-"): \(answer.answer)")
    }
}
