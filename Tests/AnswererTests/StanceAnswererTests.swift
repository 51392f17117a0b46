import DossierEngine
import DossierKit
import DossierOutput
import DossierTesting
import Testing

struct StanceAnswererTests {
    @Test(arguments: [
        "What is Estavia's position on Norland's whaling?",
        "what is the estavian stance on norlandic whaling?",
        "How does Estavia view whaling by Norland?",
    ])
    func answersACountrysPosition(question: String) async throws {
        let answer = try await Fixtures.makeDossier().ask(question)
        #expect(answer.status == .answered)
        #expect(answer.plugin == "stance")
        #expect(answer.answer.contains("condemned"))
    }

    @Test func answersWhoCondemnedWhat() async throws {
        let answer = try await Fixtures.makeDossier().ask("Who condemned Norland for whaling in 2016?")
        #expect(answer.status == .answered)
        #expect(answer.plugin == "stance")
        #expect(answer.answer.contains("Estavia"))
    }

    @Test(arguments: [
        "Why did Norland expel two Estavian journalists in 2018?",
        "why were estavian journalists deported from norland?",
        "For what reason did Norland kick out the Estavian journalists?",
    ])
    func answersWhyPeopleWereDeported(question: String) async throws {
        let answer = try await Fixtures.makeDossier().ask(question)
        #expect(answer.status == .answered)
        #expect(answer.plugin == "stance")
        #expect(answer.answer.contains("forged"))
    }

    @Test func abstainsOnAStanceTheFactsDoNotState() async throws {
        let answer = try await Fixtures.makeDossier().ask("What is Norland's position on Estavian olive oil subsidies?")
        #expect(answer.status == .unknown)
    }
}
