import DossierEngine
import DossierKit
import DossierOutput
import DossierTesting
import Foundation
import Testing

/// Two sources giving different figures for one event: the answer shows both side by
/// side, each with its source and date, newest first when the question asks about now.
struct SourceConflictTests {
    @Test func showsBothFiguresWithTheirSources() async throws {
        let answer = try await ClaimFixtures.makeDossier().ask("How much debt did Norland write off for Estavia?")
        #expect(answer.status == .answered)
        #expect(answer.plugin == "trade")
        #expect(answer.answer.contains("60%") && answer.answer.contains("75%"))
        #expect(answer.answer.contains("Harbour Gazette") && answer.answer.contains("Upland Chronicle"))
        #expect(Set(answer.sources) == ["gazette", "chronicle"])
        let older = try #require(answer.answer.range(of: "Harbour Gazette"))
        let newer = try #require(answer.answer.range(of: "Upland Chronicle"))
        #expect(older.lowerBound < newer.lowerBound)
    }

    @Test func putsTheNewestSourceFirstWhenAskedAboutNow() async throws {
        let answer = try await ClaimFixtures.makeDossier().ask("How much debt has Norland written off for Estavia now?")
        #expect(answer.status == .answered)
        let older = try #require(answer.answer.range(of: "Harbour Gazette"))
        let newer = try #require(answer.answer.range(of: "Upland Chronicle"))
        #expect(newer.lowerBound < older.lowerBound)
    }

    @Test func aLessPreciseDateOfTheSameEventIsNoConflict() async throws {
        // The chronicle dates the same arrival to its year only: it holds the gazette's day.
        let yearOnly = ClaimFixtures.claim(
            "arrival-year", "ilsa-marrow", "visit.arrival", object: "estavia", time: "2014", source: ClaimFixtures.chronicle,
            paragraph: 2, quote: "Marrow flew to Estavia in 2014, the first such trip in a decade.")
        let dossier = try TestDossier(
            sources: [TestDossier.fixtureSource, ClaimFixtures.gazette, ClaimFixtures.chronicle], entities: Fixtures.entities,
            facts: ClaimFixtures.facts + [yearOnly], answerers: Fixtures.answerers)

        let answer = await dossier.ask("When did Ilsa Marrow arrive in Estavia?")

        #expect(answer.status == .answered)
        #expect(!answer.answer.contains("sources differ"), "\(answer.answer)")
    }

    @Test func agreeingFactsAreNoConflict() async throws {
        let answer = try await Fixtures.makeDossier().ask("What does Norland export to Estavia?")
        #expect(answer.status == .answered)
        #expect(!answer.answer.contains("sources differ"))
    }
}
