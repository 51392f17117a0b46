import DossierKit
import DossierStore
import Foundation
import GRDB
import Testing

/// Opening paths that are not a Dossier store, or not a file (issue 13, items 6, 7, 12).
struct StoreOpeningTests {
    @Test func anEmptiedMigrationsTableIsNotADossierStore() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("store.sqlite").path
            _ = try FactStore(path: path)
            try DatabaseQueue(path: path).write { db in try db.execute(sql: "DELETE FROM grdb_migrations") }
            #expect(throws: DossierError.notAStore) { try FactStore(path: path) }
        }
    }

    @Test func anEmptyPathIsAUsageError() {
        #expect(throws: DossierError(.usage, "")) { try FactStore(path: "") }
    }

    @Test func aDirectoryOrAFIFOIsRefusedAndLeftAlone() throws {
        try withTemporaryDirectory { directory throws in
            let path = directory.appendingPathComponent("store.sqlite").path
            let folder = (path as NSString).deletingLastPathComponent
            #expect(throws: DossierError.notAStore) { try FactStore(path: folder) }
            #expect(mkfifo(path, 0o600) == 0)
            #expect(throws: DossierError.notAStore) { try FactStore(path: path) }
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["store.sqlite"])
        }
    }

    @Test func aStoreWrittenWhileItsCreatorIsMidwayStillOpens() throws {
        try withTemporaryDirectory { directory in
            // Only the migrations table exists: another process is creating the store.
            let path = directory.appendingPathComponent("store.sqlite").path
            try DatabaseQueue(path: path).write { db in
                try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            }
            let store = try FactStore(path: path)
            #expect(!store.isReadOnly)
        }
    }
}
