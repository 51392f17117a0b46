import DossierKit
import DossierOutput
import DossierTesting
import Testing

/// Trade as a whole between two parties is answered with the goods each way.
struct TradeBothWaysTests {
    @Test(arguments: [
        "What do Norland and Estavia trade?",
        "What does Norland trade with Estavia?",
        "What goods do Estavia and Norland trade?",
    ])
    func givesTheGoodsEachWay(question: String) async throws {
        let answer = try await Fixtures.makeDossier().ask(question)
        #expect(answer.status == .answered)
        #expect(answer.plugin == "trade")
        #expect(answer.answer.contains("timber"))
        #expect(answer.answer.contains("copper"))
        #expect(answer.record.citations.count == 2)
    }

    @Test func aDirectionAskedGivesThatDirectionOnly() async throws {
        let answer = try await Fixtures.makeDossier().ask("What does Estavia sell to Norland?")
        #expect(answer.answer.contains("copper"))
        #expect(!answer.answer.contains("timber"))
    }

    @Test func oneDirectionKnownAnswersWithThatOne() async throws {
        let facts = Fixtures.facts.filter { $0.id != "estavia-exports" }
        let dossier = try TestDossier(entities: Fixtures.entities, facts: facts, answerers: Fixtures.answerers)
        let answer = await dossier.ask("What do Norland and Estavia trade?")
        #expect(answer.status == .answered)
        #expect(answer.answer.contains("timber"))
        #expect(answer.record.citations.count == 1)
    }
}
