import DossierEngine
import DossierOutput
import DossierKit
import DossierTesting
import Testing

struct VisitsAnswererTests {
    @Test(arguments: [
        "Who did Ilsa Marrow meet in Pellor?",
        "whom did marrow meet in estavia?",
        "Which Estavian president did Marrow meet?",
        "Who met President Marrow in Pellór?",
    ])
    func answersWhomAVisitorMet(question: String) async throws {
        let answer = try await Fixtures.makeDossier().ask(question)
        #expect(answer.status == .answered)
        #expect(answer.plugin == "visits")
        #expect(Fixtures.folded(answer.answer).contains("tomas quirera"))
    }

    @Test(arguments: ["Where did Marrow and Quirera meet?", "where did tomas quirera meet ilsa marrow?"])
    func answersWhereTheyMet(question: String) async throws {
        let answer = try await Fixtures.makeDossier().ask(question)
        #expect(answer.status == .answered)
        #expect(answer.plugin == "visits")
        #expect(answer.answer.contains("Amber Hall"))
    }

    @Test(arguments: [
        "Why did Ilsa Marrow visit Estavia in 2011?",
        "for what purpose did marrow travel to estavia?",
        "What was the purpose of Marrow's trip to Estavia?",
    ])
    func answersWhyTheVisitorCame(question: String) async throws {
        let answer = try await Fixtures.makeDossier().ask(question)
        #expect(answer.status == .answered)
        #expect(answer.plugin == "visits")
        #expect(answer.answer.contains("Tidewater Accord"))
    }

    @Test(arguments: ["When did Ilsa Marrow visit Estavia?", "What date did marrow visit estavia?"])
    func answersWhenTheVisitTookPlace(question: String) async throws {
        let answer = try await Fixtures.makeDossier().ask(question)
        #expect(answer.status == .answered)
        #expect(answer.plugin == "visits")
        #expect(answer.answer.contains("9 May 2011"))
    }

    @Test func readsArrivingAsVisiting() async throws {
        let answer = try await Fixtures.makeDossier().ask("On what date did Marrow arrive in Estavia?")
        #expect(answer.status == .answered)
        #expect(answer.answer.contains("9 May 2011"))
    }

    @Test func abstainsOnAVisitTheFactsDoNotRecord() async throws {
        let answer = try await Fixtures.makeDossier().ask("When did Tomás Quirera visit Varnhal?")
        #expect(answer.status == .unknown)
    }
}
