import DossierEngine
import DossierOutput
import DossierKit
import DossierStore
import Foundation

/// The shared corpus (../shared/corpus) as real data, and fresh stores to ingest into.
enum CorpusFixture {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus")

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted().map { directory.appendingPathComponent($0).path }
    }

    /// A store in memory holding the bundled pack, with its engine.
    static func packStore() throws -> (FactStore, QuestionEngine) {
        let store = try FactStore.inMemory()
        let engine = try QuestionEngine.open(store: store, answerers: [], pack: FactPack.bundled())
        return (store, engine)
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
