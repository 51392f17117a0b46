import DossierEngine
@testable import DossierIndex
import DossierKit
import DossierStore
import Foundation
import Testing

/// A store on disk keeps its reading image in a file beside it, mapped by whoever opens an
/// index: only the file the store names is believed, and where none can be written the
/// store keeps the image itself.
struct ImageFileTests {
    private static let entities = [
        Entity(id: "quito", name: "Quito", kind: "city", partOf: "ecuador"), Entity(id: "ecuador", name: "Ecuador", kind: "country"),
    ]
    private static let facts = [
        Fact(id: "office-opened", subject: "ecuador", predicate: "diplomacy.open", statement: "Orellana opened a trade office in Quito.",
             citations: [Citation(source: "tide-notes", title: "Tide notes", section: "Tide notes", paragraph: 1)]),
    ]
    private static let questions = ["Who opened a trade office in Quito?", "What did Orellana bring to Quito in 1990?"]

    /// A store in `folder` holding the fact and a document's sentences.
    private func store(in folder: URL) throws -> FactStore {
        let store = try FactStore(path: folder.appendingPathComponent("store.sqlite").path)
        let sources = [Source(id: "tide-notes", title: "Tide notes", publisher: "tests", sections: ["Tide notes"])]
        try store.installPack(version: 1, contents: StoreContents(sources: sources, entities: Self.entities, facts: Self.facts))
        let document = folder.appendingPathComponent("tide-notes.txt").path
        try "= Tide notes =\n\nOrellana brought cacao samples to Quito in 1990.\n".write(toFile: document, atomically: true, encoding: .utf8)
        _ = try DocumentIngester(store: store, index: QuestionEngine.index(of: store)).ingest(path: document)
        return store
    }

    private func index(_ store: FactStore) throws -> FactIndex {
        try FactIndex.stored(in: store, outline: try store.outline(), entities: Self.entities)
    }

    private func rankings(_ index: FactIndex) -> [String] {
        let analyzer = QuestionAnalyzer(entities: Self.entities)
        return Self.questions.flatMap { text in
            let question = analyzer.analyze(text)
            return index.relevant(to: question, limit: 5).map { "\($0.fact.id) \($0.score)" }
                + index.passages(matching: question, limit: 5).map { "\($0.passage.text) \($0.score)" }
        }
    }

    private var key: String { StoredReadings.imageKey(fingerprint: StoredReadings.fingerprint(roleConcepts: [:])) }

    private func imagePath(_ store: FactStore) -> String { store.path + "-image" }

    @Test func aStoreOnDiskKeepsItsImageInAFileBesideIt() throws {
        try withTemporaryDirectory { folder in
            let store = try store(in: folder)
            let expected = try rankings(index(store))
            #expect(expected.count >= 2)
            #expect(FileManager.default.fileExists(atPath: imagePath(store)))
            let generation = try store.outline().generation
            let mapped = try #require(try store.mappedReadingImage(key: key, generation: generation))
            #expect(try [UInt8](mapped.bytes) == #require(try store.readingImage(key: key)).bytes)
            let opened = try index(store)
            #expect(!opened.shelf.isHeld)
            #expect(rankings(opened) == expected)
        }
    }

    @Test func anImageFileOtherThanTheOneTheStoreNamesIsNotBelieved() throws {
        try withTemporaryDirectory { folder in
            let store = try store(in: folder)
            let expected = try rankings(index(store))
            let good = try Data(contentsOf: URL(fileURLWithPath: imagePath(store)))
            // Another store's image: the same layout and length, another token.
            var otherToken = good
            otherToken[8] ^= 0xFF
            let damaged = [Data("not an image".utf8), good.prefix(good.count - 1), good + Data([0]), otherToken, Data()]
            for bytes in damaged {
                try bytes.write(to: URL(fileURLWithPath: imagePath(store)))
                #expect(try store.mappedReadingImage(key: key, generation: store.outline().generation) == nil)
                #expect(try rankings(index(store)) == expected)
                // Read again from the stored readings, the image was made and kept anew.
                #expect(try store.mappedReadingImage(key: key, generation: store.outline().generation) != nil)
            }
            try FileManager.default.removeItem(atPath: imagePath(store))
            #expect(try rankings(index(store)) == expected)
            #expect(FileManager.default.fileExists(atPath: imagePath(store)))
            // A FIFO in the file's place is refused, not waited on, and replaced.
            try FileManager.default.removeItem(atPath: imagePath(store))
            #expect(mkfifo(imagePath(store), 0o644) == 0)
            #expect(try store.mappedReadingImage(key: key, generation: store.outline().generation) == nil)
            #expect(try rankings(index(store)) == expected)
            #expect(try store.mappedReadingImage(key: key, generation: store.outline().generation) != nil)
        }
    }

    @Test func anImageFoundDamagedWhereReadIsRemovedAndMadeAgain() throws {
        try withTemporaryDirectory { folder in
            let store = try store(in: folder)
            let expected = try rankings(index(store))
            // The image ends with the last sentence entity's postings: make its last position -1.
            var bytes = try Data(contentsOf: URL(fileURLWithPath: imagePath(store)))
            bytes.replaceSubrange((bytes.count - 4)..<bytes.count, with: [0xFF, 0xFF, 0xFF, 0xFF])
            try bytes.write(to: URL(fileURLWithPath: imagePath(store)))
            let opened = try index(store)
            #expect(!opened.shelf.isHeld)
            #expect(opened.takeImageDamageReport() == nil)
            _ = rankings(opened)
            let report = try #require(opened.takeImageDamageReport())
            #expect(report.contains(imagePath(store)) && report.contains("damaged"))
            #expect(opened.takeImageDamageReport() == nil)
            #expect(!FileManager.default.fileExists(atPath: imagePath(store)))
            #expect(try rankings(index(store)) == expected)
            #expect(FileManager.default.fileExists(atPath: imagePath(store)))
        }
    }

    @Test func whereNoImageFileCanBeWrittenTheStoreKeepsTheImage() throws {
        try withTemporaryDirectory { folder in
            let store = try store(in: folder)
            try? FileManager.default.removeItem(atPath: imagePath(store))
            // A folder in the file's place: the file cannot be renamed over it.
            try FileManager.default.createDirectory(atPath: imagePath(store), withIntermediateDirectories: false)
            try FileManager.default.createDirectory(atPath: imagePath(store) + "/held", withIntermediateDirectories: false)
            let expected = try rankings(index(store))
            var isFolder: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: imagePath(store), isDirectory: &isFolder) && isFolder.boolValue)
            #expect(try FactIndex.readingImageIsCurrent(in: store))
            let opened = try index(store)
            #expect(!opened.shelf.isHeld)
            #expect(rankings(opened) == expected)
            // No temporary file is left beside the store.
            let folder = (store.path as NSString).deletingLastPathComponent
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder).allSatisfy { !$0.hasSuffix(".tmp") })
        }
    }
}
