import DossierKit
import DossierOutput
import DossierTesting
import Testing

/// "How many" answers from a claim whose sentence writes a count, never from one whose
/// only numbers are its date.
struct ClaimCountTests {
    static let facts = [
        ClaimFixtures.claim("accords", "ilsa-marrow", "agreement.signed", object: "tomas-quirera", time: "2012-05-03",
                            paragraph: 1, quote: "Marrow and Quirera signed 17 accords in Pellor on 3 May 2012."),
        ClaimFixtures.claim("accord", "tomas-quirera", "agreement.signed", object: "norland", time: "2019-10-09",
                            paragraph: 2, quote: "Quirera signed an accord with Norland on 9 October 2019."),
    ]

    private func ask(_ question: String) async throws -> TestAnswer {
        try await ClaimFixtures.ask(question, facts: Self.facts)
    }

    @Test func answersFromACountTheSentenceWrites() async throws {
        let answer = try await ask("How many accords did Marrow sign?")
        #expect(answer.status == .answered)
        #expect(answer.answer.contains("17 accords"))
    }

    @Test func staysUnknownWhenTheOnlyNumbersAreADate() async throws {
        let answer = try await ask("How many accords did Quirera sign with Norland?")
        #expect(answer.status == .unknown, "\(answer.plugin ?? "-"): \(answer.answer)")
    }
}
