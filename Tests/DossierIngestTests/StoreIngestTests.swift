import DossierEngine
import DossierOutput
import DossierKit
import DossierStore
import Foundation
import Testing
import DossierIndex

/// Ingesting into the store: idempotent, replacing, forgetting, and full-text search.
struct StoreIngestTests {
    private static let notes = """
        = Harbour notes =

        The harbour of Saltmere dates from 1820.

        ==People==
        The engineer Arévalo rebuilt the quay. Ships returned soon after.
        """

    /// A store with one fixture source and one fact citing it (and another source).
    private func store() throws -> (FactStore, FactIndex) {
        let store = try FactStore.inMemory()
        let sources = [
            Source(id: "harbour-notes", title: "Harbour notes", publisher: "tests"),
            Source(id: "other", title: "Other", publisher: "tests"),
        ]
        let facts = [
            Fact(id: "quay-rebuilt", subject: "x", predicate: "event", statement: "The quay was rebuilt.",
                 citations: [Citation(source: "harbour-notes", title: "Harbour notes", section: "People",
                                      paragraph: 1, anchor: "rebuilt the quay")]),
            Fact(id: "two-sources", subject: "x", predicate: "event", statement: "Both say so.",
                 citations: [Citation(source: "harbour-notes", title: "Harbour notes", section: "People", paragraph: 1),
                             Citation(source: "other", title: "Other", section: "Notes", paragraph: 1)]),
        ]
        try store.installPack(version: 1, contents: StoreContents(sources: sources, entities: [], facts: facts))
        let contents = try store.contents()
        return (store, FactIndex(facts: contents.facts, entities: [], sources: contents.sources))
    }

    private func write(_ text: String, in directory: URL) throws -> String {
        let path = directory.appendingPathComponent("harbour-notes.txt").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func ingestingTheSameFileTwiceChangesNoRow() throws {
        try withTemporaryDirectory { directory in
            let (store, _) = try store()
            let path = try write(Self.notes, in: directory)
            let ingester = try DocumentIngester(store: store)
            #expect(try ingester.ingest(path: path).outcome == .added)
            let before = (try store.documents(), try store.passages(), try store.contents().facts)

            #expect(try ingester.ingest(path: path).outcome == .unchanged)

            #expect(try store.documents() == before.0)
            #expect(try store.passages() == before.1)
            #expect(try store.contents().facts == before.2)
        }
    }

    @Test func aChangedFileReplacesTheOldVersionAndItsQuotes() throws {
        try withTemporaryDirectory { directory in
            let (store, index) = try store()
            let ingester = DocumentIngester(store: store, index: index)
            _ = try ingester.ingest(path: write(Self.notes, in: directory))
            let quoted = try store.contents().facts.first { $0.id == "quay-rebuilt" }?.citations.first?.quote
            #expect(quoted == "The engineer Arévalo rebuilt the quay.")

            let changed = Self.notes.replacingOccurrences(of: "rebuilt the quay", with: "painted the boats")
            #expect(try ingester.ingest(path: write(changed, in: directory)).outcome == .replaced)

            #expect(try store.documents().count == 1)
            #expect(try store.passages().contains { $0.text.contains("painted the boats") })
            #expect(try !store.passages().contains { $0.text.contains("rebuilt") })
            #expect(try store.contents().facts.first { $0.id == "quay-rebuilt" }?.citations.first?.quote == nil)
        }
    }

    @Test func anIngesterReadingTheStoreWritesWhatOneReadingAnIndexWrites() throws {
        try withTemporaryDirectory { directory in
            let path = try write(Self.notes, in: directory)
            let (fromIndex, index) = try store()
            _ = try DocumentIngester(store: fromIndex, index: index).ingest(path: path)
            let (fromStore, _) = try store()
            _ = try DocumentIngester(store: fromStore).ingest(path: path)

            let claims = try fromStore.contents().facts.filter { $0.id.hasPrefix("claim-") }
            #expect(!claims.isEmpty)
            #expect(try fromStore.contents().facts == fromIndex.contents().facts)
            #expect(try fromStore.documentEntities() == fromIndex.documentEntities())
            #expect(try fromStore.packFacts().map(\.id) == ["quay-rebuilt", "two-sources"])
            #expect(try fromStore.facts(citing: "harbour-notes").filter { $0.id.hasPrefix("claim-") } == claims)
        }
    }

    @Test func forgetRemovesTheDocumentAndFactsCitingOnlyIt() throws {
        let (store, index) = try store()
        _ = try withTemporaryDirectory { try DocumentIngester(store: store, index: index).ingest(path: write(Self.notes, in: $0)) }

        let outcome = try store.forget(source: "harbour-notes")  // the fact and the 1820 event

        #expect(outcome == ForgetOutcome(documents: 1, passages: 3, facts: 2, citations: 1))
        #expect(try store.documents().isEmpty && store.passages().isEmpty)
        let facts = try store.contents().facts
        #expect(facts.map(\.id) == ["two-sources"])
        #expect(facts[0].citations.map(\.source) == ["other"])
        #expect(throws: DossierError(.badData, "")) { try store.forget(source: "harbour-notes") }
    }

    @Test(arguments: [("Arevalo", true), ("ARÉVALO", true), ("arévalo", true), ("quay", true), ("lighthouse", false), ("*", false), ("", false)])
    func fullTextSearchIgnoresAccentsAndCase(query: String, finds: Bool) throws {
        let (store, index) = try store()
        _ = try withTemporaryDirectory { try DocumentIngester(store: store, index: index).ingest(path: write(Self.notes, in: $0)) }

        let hits = try store.search(query)

        #expect(hits.isEmpty == !finds)
        if finds { #expect(hits.first?.text == "The engineer Arévalo rebuilt the quay.") }
    }
}
