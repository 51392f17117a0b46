import DossierEngine
import DossierKit
import DossierOutput
import DossierTesting
import Testing

/// What one speaker said answers together, whatever each statement is about: a question
/// about a speaker's words gets every statement that fits it as well, each with its quote.
struct StatementJoiningTests {
    static let statements = [
        ClaimFixtures.claim("reckless", "norland", "statement.said", object: "estavia", time: "2016-05", paragraph: 10,
                            quote: "Norland called the dam project of its neighbour reckless."),
        ClaimFixtures.claim("flooding", "norland", "statement.said", object: "pellor", time: "2016-05", paragraph: 11,
                            quote: "Norland warned that the dam project would flood the farms near Pellor."),
    ]

    static func makeDossier() throws -> TestDossier {
        try TestDossier(sources: [TestDossier.fixtureSource, ClaimFixtures.gazette, ClaimFixtures.chronicle],
                        entities: Fixtures.entities, facts: ClaimFixtures.facts + statements, answerers: Fixtures.answerers)
    }

    @Test func joinsTheStatementsOfOneSpeaker() async throws {
        let answer = try await Self.makeDossier().ask("What did Norland say about the dam project?")
        #expect(answer.status == .answered)
        #expect(answer.plugin == "stance")
        #expect(answer.answer.contains("reckless") && answer.answer.contains("flood the farms"))
    }

    @Test func leavesAnotherSpeakerOut() async throws {
        let answer = try await Self.makeDossier().ask("What did Estavia say about the dam project?")
        #expect(answer.status == .unknown, "\(answer.plugin ?? "-"): \(answer.answer)")
    }
}
