import DossierKit
import DossierOutput
import DossierTesting
import Testing

/// Visits answer who travelled with whom and how long a visit lasted from the roles that
/// say so, and nothing when no role does.
struct VisitCompanionTests {
    static let facts = [
        ClaimFixtures.claim(
            "marrow-arrival", "ilsa-marrow", "visit.arrival", object: "estavia",
            qualifiers: ["companions": "her trade minister Odo Venn", "duration": "three days"], time: "2015-06-02",
            paragraph: 1, quote: "Marrow landed in Estavia on 2 June 2015 with her trade minister Odo Venn for three days of talks."),
        ClaimFixtures.claim(
            "quirera-arrival", "tomas-quirera", "visit.arrival", object: "norland", time: "2016-09-14",
            paragraph: 2, quote: "Quirera reached Norland on 14 September 2016."),
    ]

    private func ask(_ question: String) async throws -> TestAnswer {
        try await ClaimFixtures.ask(question, facts: Self.facts)
    }

    @Test(arguments: ["Who accompanied Marrow to Estavia?", "Who travelled with Ilsa Marrow to Estavia?"])
    func answersWhoTravelledWithTheVisitor(question: String) async throws {
        let answer = try await ask(question)
        #expect(answer.status == .answered)
        #expect(answer.plugin == "visits")
        #expect(answer.answer.contains("with her trade minister Odo Venn"))
    }

    @Test func saysNoCompanionNoRoleNames() async throws {
        let answer = try await ask("Who accompanied Quirera to Norland?")
        #expect(!answer.answer.contains("Odo Venn"))
    }

    @Test func answersHowLongAVisitLastedFromItsDuration() async throws {
        let answer = try await ask("How long did Marrow stay in Estavia?")
        #expect(answer.status == .answered)
        #expect(answer.plugin == "visits")
        #expect(answer.answer.contains("three days"))
    }

    @Test func givesNoDurationNoRoleStates() async throws {
        let answer = try await ask("How long did Quirera stay in Norland?")
        #expect(!answer.answer.contains("three days"))
    }
}
