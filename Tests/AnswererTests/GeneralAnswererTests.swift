import DossierEngine
import DossierKit
import DossierTesting
import Testing
import DossierOutput

struct GeneralAnswererTests {
    @Test(arguments: [
        "Who won Estavia's presidential election in 2009?",
        "who won the 2009 estavian presidential election?",
        "Which candidate won the presidential election in Estávia?",
    ])
    func answersWhoWonAnElection(question: String) async throws {
        let answer = try await Fixtures.makeDossier().ask(question)
        #expect(answer.status == .answered)
        #expect(answer.plugin == "general")
        #expect(Fixtures.folded(answer.answer).contains("quirera"))
    }

    @Test(arguments: ["Who is Tomás Quirera?", "who is tomas quirera", "What happened to Quirera?"])
    func answersWhoSomeoneIsFromTheFactsAboutThem(question: String) async throws {
        let answer = try await Fixtures.makeDossier().ask(question)
        #expect(answer.status == .answered)
        #expect(Fixtures.folded(answer.answer).contains("quirera"))
        #expect(!answer.record.citations.isEmpty)
    }

    @Test func saysUnknownAboutSomeoneTheFactsNeverName() async throws {
        let answer = try await Fixtures.makeDossier().ask("Who is Quentin Marlowe?")
        #expect(answer.status == .unknown)
    }

    @Test(arguments: ["What cultural programmes does Norland fund in Estavia?", "which school does norland fund in pellor?"])
    func answersFactsOutsideTheSpecialistsDomains(question: String) async throws {
        let answer = try await Fixtures.makeDossier().ask(question)
        #expect(answer.status == .answered)
        #expect(answer.plugin == "general")
        #expect(answer.answer.contains("Norlandic language"))
    }

    @Test(arguments: [
        "What is the population of Norland?",
        "Who won the 2014 election in Norland?",
        "What is the capital of Estavia?",
        "Who won the football cup in 2012?",
    ])
    func abstainsOnWhatTheFactsDoNotHold(question: String) async throws {
        let answer = try await Fixtures.makeDossier().ask(question)
        #expect(answer.status == .unknown)
    }

    @Test func anUnknownAnswerOffersRelatedFactsWithCitations() async throws {
        let answer = try await Fixtures.makeDossier().ask("How many students attend the Norlandic language school in Pellor?")
        #expect(answer.status == .unknown)
        #expect(answer.record.related.allSatisfy { !$0.citations.isEmpty })
    }
}
