import DossierKit
import DossierOutput
import DossierTesting
import Testing

/// "How long was the visit" answers from a duration its sentence says of the visit, and
/// stays unknown when the only length in the sentence measures something else.
struct VisitDurationTests {
    static let facts = [
        ClaimFixtures.claim(
            "marrow-arrival", "ilsa-marrow", "visit.arrival", object: "estavia", qualifiers: ["duration": "four-day"],
            time: "2012-05-03", paragraph: 1, quote: "Marrow landed in Estavia on 3 May 2012 for a four-day state visit."),
        ClaimFixtures.claim(
            "quirera-arrival", "tomas-quirera", "visit.arrival", object: "norland", qualifiers: ["duration": "12 years"],
            time: "2016-09-14", paragraph: 2,
            quote: "Quirera reached Norland on 14 September 2016, the first visit by an Estavian leader in 12 years."),
    ]

    private func ask(_ question: String) async throws -> TestAnswer {
        try await ClaimFixtures.ask(question, facts: Self.facts)
    }

    @Test(arguments: ["How long was Marrow's visit to Estavia?", "How long was Ilsa Marrow's state visit?"])
    func answersFromTheVisitsOwnDuration(question: String) async throws {
        let answer = try await ask(question)
        #expect(answer.status == .answered)
        #expect(answer.plugin == "visits")
        #expect(answer.answer.contains("four-day"))
    }

    @Test func staysUnknownWhenTheLengthIsOfSomethingElse() async throws {
        let answer = try await ask("How long was Quirera's visit to Norland?")
        #expect(answer.status == .unknown, "\(answer.plugin ?? "-"): \(answer.answer) \(answer.bids.map { "\($0)" })")
    }
}
