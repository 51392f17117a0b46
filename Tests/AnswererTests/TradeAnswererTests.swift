import DossierEngine
import DossierOutput
import DossierKit
import DossierTesting
import Testing

struct TradeAnswererTests {
    @Test(arguments: [
        "What does Norland export to Estavia?",
        "what does norland sell to estavia?",
        "Which goods does Norland ship to Estavia?",
        "What are Norland's exports to Estávia?",
        "What do Norlanders sell to Estavians?",
    ])
    func answersWhatOneCountrySellsTheOther(question: String) async throws {
        let answer = try await Fixtures.makeDossier().ask(question)
        #expect(answer.status == .answered)
        #expect(answer.plugin == "trade")
        #expect(answer.answer.contains("timber"))
        #expect(!answer.answer.contains("copper"))
    }

    @Test(arguments: ["What does Estavia export to Norland?", "what does estavia sell to norland?"])
    func answersTheOtherDirection(question: String) async throws {
        let answer = try await Fixtures.makeDossier().ask(question)
        #expect(answer.status == .answered)
        #expect(answer.plugin == "trade")
        #expect(answer.answer.contains("copper"))
    }

    @Test func readsImportsAsTheOtherSidesExports() async throws {
        let answer = try await Fixtures.makeDossier().ask("What does Norland import from Estavia?")
        #expect(answer.status == .answered)
        #expect(answer.answer.contains("copper"))
    }

    @Test func readsInvestmentWordedAsANoun() async throws {
        let answer = try await Fixtures.makeDossier().ask("how much estavian investment went to norland in 2019?")
        #expect(answer.status == .answered)
        #expect(answer.answer.contains("$45 million"))
    }

    @Test(arguments: ["How much did Estavian firms invest in Norland?", "how much did estavia invest in norland in 2019?"])
    func answersAnInvestmentFigure(question: String) async throws {
        let answer = try await Fixtures.makeDossier().ask(question)
        #expect(answer.status == .answered)
        #expect(answer.plugin == "trade")
        #expect(answer.answer.contains("$45 million"))
    }

    @Test func abstainsOnAFigureTheFactsDoNotGive() async throws {
        let answer = try await Fixtures.makeDossier().ask("How much timber did Norland sell to Estavia in 2014?")
        #expect(answer.status == .unknown)
    }

    @Test func abstainsOnGoodsNobodyTrades() async throws {
        let answer = try await Fixtures.makeDossier().ask("How many tractors does Estavia buy from Norland?")
        #expect(answer.status == .unknown)
    }
}
