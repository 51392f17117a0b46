import DossierEngine
import DossierKit
import DossierStore
import Foundation
import PassagePlugin
import Testing
import DossierIndex
import DossierOutput

/// The passage answerer quotes a sentence only when it holds everything the question
/// names, and stays under the threshold otherwise.
struct PassageAnswererTests {
    private func engine() throws -> QuestionEngine {
        let (store, packEngine) = try CorpusFixture.packStore()
        let ingester = DocumentIngester(store: store, index: packEngine.index)
        for path in CorpusFixture.files { _ = try ingester.ingest(path: path) }
        return try QuestionEngine.open(store: store, answerers: [PassageAnswerer()], pack: FactPack.bundled())
    }

    @Test(.enabled(if: CorpusFixture.isPresent, CorpusFixture.missing), arguments: [
        "What is the population of Guatemala?",
        "Who won the 2018 FIFA World Cup?",
        "How much coffee did Guatemala export to Russia in 2019?",
        "When did Russia open a consulate in Quetzaltenango?",
        "What did the lighthouse keeper say?",
    ])
    func abstainsOnQuestionsTheDocumentsDoNotAnswer(question: String) async throws {
        try #require(CorpusFixture.files.count == 4, "the corpus holds four documents")
        let response = try await engine().ask(question)
        #expect(response.record.status == .unknown)
    }

    @Test func quotesTheSentenceThatHoldsTheQuestionWhenNoFactDoes() async throws {
        let store = try FactStore.inMemory()
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("lighthouse.txt").path
            try "The keeper painted the lighthouse red in spring. Gulls nested on the roof.\n"
                .write(toFile: path, atomically: true, encoding: .utf8)
            _ = try DocumentIngester(store: store, index: FactIndex(facts: [], entities: [], sources: [])).ingest(path: path)
        }
        let contents = try store.contents()
        let index = FactIndex(facts: [], entities: [], sources: contents.sources, passages: try store.passages())
        let engine = QuestionEngine(index: index, answerers: [PassageAnswerer()])

        let answered = await engine.ask("Who painted the lighthouse red?")
        let unanswered = await engine.ask("Who painted the harbour wall?")

        let winner = try #require(answered.dispatch?.winner)
        #expect(winner.plugin == "passage")
        #expect(winner.bid.answer.text == "The keeper painted the lighthouse red in spring.")
        #expect(winner.bid.answer.citations.first?.quote == winner.bid.answer.text)
        #expect(unanswered.record.status == .unknown)
    }
}
