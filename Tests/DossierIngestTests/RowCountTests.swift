import DossierEngine
import DossierKit
import DossierStore
import Foundation
import Testing

/// The store's counts of facts and sentences (kept by triggers, read when a store is
/// opened) follow every write: a pack installed and replaced, documents ingested and forgotten.
struct RowCountTests {
    private func counted(_ store: FactStore) throws -> (facts: Int, passages: Int) {
        let outline = try store.outline()
        return (outline.factCount, outline.passageCount)
    }

    private func held(_ store: FactStore) throws -> (facts: Int, passages: Int) {
        (try store.contents().facts.count, try store.identifiedPassages().count)
    }

    @Test func theCountsFollowEveryWrite() throws {
        try withTemporaryDirectory { folder in
            let store = try FactStore(path: folder.appendingPathComponent("store.sqlite").path)
            #expect(try counted(store) == (0, 0))
            try QuestionEngine.installPack(in: store)
            #expect(try counted(store) == held(store))
            #expect(try counted(store).facts > 0)
            var sources: [String] = []
            for (name, text) in [
                ("harbour.txt", "= Harbour =\n\nOrellana opened the harbour office in Quito in 1988. The talks went on in 1990.\n"),
                ("cacao.txt", "= Cacao =\n\nEcuador signed a cacao accord with Peru in 1991.\n"),
            ] {
                let path = folder.appendingPathComponent(name).path
                try text.write(toFile: path, atomically: true, encoding: .utf8)
                let before = Set(try store.sources().map(\.id))
                _ = try DocumentIngester(store: store, index: QuestionEngine.index(of: store)).ingest(path: path)
                sources += try store.sources().map(\.id).filter { !before.contains($0) }
                #expect(try counted(store) == held(store))
            }
            #expect(try counted(store).passages >= 3)
            _ = try store.forget(source: sources[0])
            #expect(try counted(store) == held(store))
            // Reopened, the counts are read again from the store.
            #expect(try counted(FactStore(path: store.path)) == held(store))
        }
    }
}
