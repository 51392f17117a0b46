import DossierEngine
import DossierIndex
import DossierKit
import DossierStore
import Foundation
import Testing

/// Readings of facts and sentences kept in the store: an index opened on the store ranks
/// exactly as one that reads everything in memory, and a name the store learns later
/// re-reads the texts that hold it.
struct StoredReadingTests {
    private static let notes = """
        = Port letters =

        Quiroga reached Lima in 1990 and opened the consulate. The fishing talks followed.

        ==Later==
        Quiroga signed the fishing accord in 1992.
        """

    private static let lima = Entity(id: "lima", name: "Lima", kind: "city", partOf: "peru")
    private static let peru = Entity(id: "peru", name: "Peru", kind: "country")
    private static let quiroga = Entity(id: "marta-quiroga", name: "Marta Quiroga", kind: "person", aliases: ["Quiroga"])

    private static let facts = [
        Fact(id: "consulate-opened", subject: "peru", predicate: "diplomacy.open", statement: "Quiroga opened a consulate in Lima.",
             keywords: "mission", citations: [Citation(source: "port-letters", title: "Port letters", section: "Port letters", paragraph: 1)]),
        Fact(id: "accord-signed", subject: "peru", predicate: "agreement.sign", object: "lima", statement: "The fishing accord was signed.",
             citations: [Citation(source: "port-letters", title: "Port letters", section: "Later", paragraph: 1)]),
    ]

    /// A store holding the two facts and the letters' sentences.
    private func store() throws -> FactStore {
        let store = try FactStore.inMemory()
        let sources = [Source(id: "port-letters", title: "Port letters", publisher: "tests", sections: ["Port letters", "Later"])]
        try store.installPack(version: 1, contents: StoreContents(sources: sources, entities: [Self.lima, Self.peru], facts: Self.facts))
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("port-letters.txt").path
            try Self.notes.write(toFile: path, atomically: true, encoding: .utf8)
            _ = try DocumentIngester(store: store, index: QuestionEngine.index(of: store)).ingest(path: path)
        }
        return store
    }

    /// What an index answers to each question: its facts and sentences, with their scores.
    private func rankings(_ index: FactIndex, entities: [Entity]) -> [String] {
        let analyzer = QuestionAnalyzer(entities: entities)
        return ["Who opened a consulate in Lima?", "When did Quiroga sign the fishing accord?", "What happened in Peru in 1992?"]
            .flatMap { text in
                let question = analyzer.analyze(text)
                return index.relevant(to: question, limit: 10).map { "\($0.fact.id) \($0.score) \($0.missingTerms)" }
                    + index.passages(matching: question, limit: 10).map { "\($0.passage.text) \($0.score)" }
            }
    }

    private func inMemory(_ store: FactStore, entities: [Entity]) throws -> FactIndex {
        let contents = try store.contents()
        return FactIndex(facts: contents.facts, entities: entities, sources: contents.sources, passages: try store.passages())
    }

    @Test func readingsMadeForOtherRolesAreForeignUntilReadAgain() throws {
        let store = try store()
        _ = try QuestionEngine.index(of: store)
        #expect(try !FactIndex.readingsAreForeign(in: store))
        let otherRoles = ["goods": Set(["merchandise"])]
        #expect(try FactIndex.readingsAreForeign(in: store, roleConcepts: otherRoles))
        _ = try FactIndex.stored(
            in: store, facts: store.contents().facts, entities: [Self.lima, Self.peru], sources: [],
            passages: store.identifiedPassages(), roleConcepts: otherRoles)
        #expect(try !FactIndex.readingsAreForeign(in: store, roleConcepts: otherRoles))
    }

    @Test func whatIsLeftToReadIsWhatHasNoStoredReading() throws {
        let store = try store()
        try FactIndex.refreshReadings(in: store, entities: [Self.lima, Self.peru])
        #expect(try store.factsToRead(limit: 100).isEmpty && store.passagesToRead(limit: 100).isEmpty)
        try store.dropReadings(facts: ["consulate-opened"], passages: [])
        #expect(try store.factsToRead(limit: 100).map(\.id) == ["consulate-opened"])
        // Facts stored anew (the pack replaced) are left to read until read.
        let contents = try store.contents()
        let added = Fact(
            id: "fishing-talks", subject: "peru", predicate: "agreement.negotiate", statement: "The fishing talks followed.",
            citations: [Citation(source: "port-letters", title: "Port letters", section: "Port letters", paragraph: 1)])
        try store.installPack(version: 2, contents: StoreContents(
            sources: contents.sources, entities: [Self.lima, Self.peru], facts: Self.facts + [added]))
        #expect(try Set(store.factsToRead(limit: 100).map(\.id)) == Set((Self.facts + [added]).map(\.id)))
        try FactIndex.refreshReadings(in: store, entities: [Self.lima, Self.peru])
        #expect(try store.factsToRead(limit: 100).isEmpty)
        // A fact or sentence no longer stored is not left to read.
        try store.dropReadings(facts: ["fishing-talks"], passages: Set(store.identifiedPassages().map(\.id)))
        _ = try store.forget(source: "port-letters")
        #expect(try store.factsToRead(limit: 100).isEmpty && store.passagesToRead(limit: 100).isEmpty)
    }

    @Test func anIndexOnStoredReadingsRanksAsOneReadInMemory() throws {
        let store = try store()
        let entities = [Self.lima, Self.peru]
        let expected = rankings(try inMemory(store, entities: entities), entities: entities)
        let contents = try store.contents()

        let first = try FactIndex.stored(
            in: store, facts: contents.facts, entities: entities, sources: contents.sources, passages: try store.identifiedPassages())
        #expect(try store.factsToRead(limit: 10).isEmpty && store.passagesToRead(limit: 10).isEmpty)
        let second = try FactIndex.stored(
            in: store, facts: contents.facts, entities: entities, sources: contents.sources, passages: try store.identifiedPassages())

        #expect(!expected.isEmpty)
        #expect(rankings(first, entities: entities) == expected)
        #expect(rankings(second, entities: entities) == expected)
    }

    @Test func aNameLearntLaterRereadsTheTextsThatHoldIt() throws {
        let store = try store()
        let contents = try store.contents()
        _ = try FactIndex.stored(
            in: store, facts: contents.facts, entities: [Self.lima, Self.peru], sources: contents.sources,
            passages: try store.identifiedPassages())
        let named = [Self.lima, Self.peru, Self.quiroga]
        let expected = rankings(try inMemory(store, entities: named), entities: named)

        try FactIndex.refreshReadings(in: store, entities: named)
        let reopened = try FactIndex.stored(
            in: store, facts: contents.facts, entities: named, sources: contents.sources, passages: try store.identifiedPassages())

        #expect(rankings(reopened, entities: named) == expected)
        // The name changes what the texts holding it read as, so the old readings were stale.
        #expect(rankings(try inMemory(store, entities: [Self.lima, Self.peru]), entities: named) != expected)
    }
}
