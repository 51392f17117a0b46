import CultureAnswerer
import DossierKit
import DossierTesting
import Testing

/// The culture answerer on a handful of facts written here, asked through Dossier's real
/// analyzer and dispatcher.
struct CultureAnswererTests {
    private func makeDossier() throws -> TestDossier {
        try TestDossier(entities: CultureFixtures.entities, facts: CultureFixtures.facts, answerers: [CultureAnswerer()])
    }

    @Test func programmeQuestionNamesEachProgramme() async throws {
        let dossier = try makeDossier()

        let answer = await dossier.ask("What cultural programs has Russia supported in Guatemala?")

        #expect(answer.plugin == "culture")
        #expect(answer.answer.contains("language courses"))
        #expect(answer.answer.contains("academic exchanges"))
        #expect(Set(answer.sources) == ["fixture"])
    }

    @Test func universityQuestionNamesTheUniversity() async throws {
        let dossier = try makeDossier()

        let answer = await dossier.ask("Which Russian university has a branch in Guatemala?")

        #expect(answer.isAnswered)
        #expect(answer.answer.contains("State University for the Humanities"))
    }

    @Test(arguments: [
        "When did Russia open its embassy in Guatemala?",
        "What does Guatemala export to Russia?",
        "Who did Putin meet in Guatemala?",
    ])
    func staysSilentOutsideCultureAndEducation(question: String) async throws {
        let dossier = try makeDossier()

        #expect(await dossier.bids(for: question).isEmpty)
    }

    @Test func everyExampleQuestionIsAnswered() async throws {
        let dossier = try makeDossier()

        for example in CultureAnswerer().exampleQuestions {
            #expect(await dossier.ask(example).plugin == "culture", "\(example)")
        }
    }

    @Test func confidenceStaysWithinZeroToOne() async throws {
        let dossier = try makeDossier()

        for bid in await dossier.bids(for: "What cultural programs has Russia supported in Guatemala?", by: "culture") {
            #expect((0...1).contains(bid.confidence))
        }
    }
}
