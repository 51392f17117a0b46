import DossierKit
import DossierOutput
import DossierTesting
import Testing

/// A claim the reader marked as planned ("will fly", "is expected to visit") answers what
/// is planned, said as a plan with those travelling beside the subject; it never answers
/// what happened, and a done event never answers what is planned.
struct PlannedClaimTests {
    static let facts = [
        ClaimFixtures.claim(
            "marrow-plan", "ilsa-marrow", "visit.arrival", object: "estavia",
            qualifiers: ["modality": "expected", "companions": "Odo Venn and Lida Brask"], time: "2024-05",
            paragraph: 1, quote: "Marrow will fly to Estavia in May 2024 together with Odo Venn and Lida Brask."),
        ClaimFixtures.claim(
            "quirera-arrival", "tomas-quirera", "visit.arrival", object: "norland", time: "2016-09-14",
            paragraph: 2, quote: "Quirera reached Norland on 14 September 2016."),
    ]

    private func ask(_ question: String) async throws -> TestAnswer {
        try await ClaimFixtures.ask(question, facts: Self.facts)
    }

    @Test(arguments: ["When will Marrow visit Estavia?", "When is Ilsa Marrow expected to travel to Estavia?"])
    func answersWhatIsPlannedAsAPlan(question: String) async throws {
        let answer = try await ask(question)
        #expect(answer.status == .answered)
        #expect(answer.answer.hasPrefix("Ilsa Marrow, with Odo Venn and Lida Brask, is expected to visit Estavia in May 2024."))
    }

    @Test(arguments: ["When did Marrow visit Estavia?", "Did Marrow visit Estavia?", "When did Marrow arrive in Estavia?"])
    func neverAnswersWhatHappenedFromAPlan(question: String) async throws {
        let answer = try await ask(question)
        #expect(answer.status == .unknown, "\(answer.plugin ?? "-"): \(answer.answer)")
    }

    @Test func neverAnswersAPlanFromWhatHappened() async throws {
        let answer = try await ask("When will Quirera visit Norland?")
        #expect(answer.status == .unknown, "\(answer.plugin ?? "-"): \(answer.answer)")
    }

    @Test func stillAnswersWhatHappenedFromADoneEvent() async throws {
        let answer = try await ask("When did Quirera visit Norland?")
        #expect(answer.status == .answered)
        #expect(answer.answer.contains("14 September 2016"))
    }
}
