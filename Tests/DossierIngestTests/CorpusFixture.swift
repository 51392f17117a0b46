import DossierEngine
import DossierOutput
import DossierKit
import DossierStore
import Foundation
import Testing

/// The shared corpus (../shared/corpus) as real data, and fresh stores to ingest into.
///
/// The team's shared data (`../shared` beside the repository root): present in CI and on
/// the team's machines, absent from a fresh clone. Tests that read it are enabled only when
/// it is there (`@Test(.enabled(if: CorpusFixture.isPresent, CorpusFixture.missing))`), and
/// Swift Testing prints the reason when it skips them; set
/// `DOSSIER_REQUIRE_SHARED=1` (CI does) to run them anyway, so a missing folder fails
/// instead of skipping.
enum CorpusFixture {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus")

    /// True when the corpus is there to read, or the environment demands it (CI).
    static var isPresent: Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent("sources.json").path)
            || ProcessInfo.processInfo.environment["DOSSIER_REQUIRE_SHARED"] == "1"
    }

    /// Why tests of the corpus are skipped on a clone without `../shared`.
    static let missing: Comment = "needs ../shared/corpus beside the repository (absent here); CI runs it"

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
}
