import DossierKit
import DossierStore
import Foundation
import GRDB
import Testing

/// Opening paths that are not a Dossier store, or not a file (issue 13, items 6, 7, 12).
struct StoreOpeningTests {
    private func temporaryStore() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-open-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.appendingPathComponent("store.sqlite").path
    }

    @Test func anEmptiedMigrationsTableIsNotADossierStore() throws {
        let path = try temporaryStore()
        _ = try FactStore(path: path)
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "DELETE FROM grdb_migrations") }
        #expect(throws: DossierError.notAStore) { try FactStore(path: path) }
    }

    @Test func anEmptyPathIsAUsageError() {
        #expect(throws: DossierError(.usage, "")) { try FactStore(path: "") }
    }

    @Test func aDirectoryOrAFIFOIsRefusedAndLeftAlone() throws {
        let path = try temporaryStore()
        let folder = (path as NSString).deletingLastPathComponent
        #expect(throws: DossierError.notAStore) { try FactStore(path: folder) }
        #expect(mkfifo(path, 0o600) == 0)
        #expect(throws: DossierError.notAStore) { try FactStore(path: path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["store.sqlite"])
    }

    @Test func aStoreWrittenWhileItsCreatorIsMidwayStillOpens() throws {
        // Only the migrations table exists: another process is creating the store.
        let path = try temporaryStore()
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        }
        let store = try FactStore(path: path)
        #expect(!store.isReadOnly)
    }
}
