public import DossierKit
import Foundation
import GRDB

/// The SQLite file that holds sources, entities, facts and their citations.
///
/// Opening a store migrates it, so nobody holds an unmigrated database. A file that is
/// not a Dossier store, or was written by a newer Dossier, is refused before anything in
/// it is touched.
public struct FactStore: Sendable {
    private let writer: any DatabaseWriter
    /// Where the store lives, or `":memory:"`.
    public let path: String

    /// Opens (creating if needed) the store at `path` and migrates it.
    public init(path: String) throws(DossierError) {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.label = "dossier-store"
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try Self.check(queue, path: path)
            try queue.writeWithoutTransaction { db in _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") }
            try StoreMigrations.migrate(queue)
            writer = queue
        } catch let error as DossierError {
            throw error
        } catch {
            throw StoreErrors.describe(error, path: path)
        }
        self.path = path
    }

    /// A fresh store in memory, for tests.
    public static func inMemory() throws(DossierError) -> FactStore {
        try FactStore(inMemory: ())
    }

    private init(inMemory: Void) throws(DossierError) {
        do {
            let queue = try DatabaseQueue()
            try StoreMigrations.migrator.migrate(queue)
            writer = queue
        } catch {
            throw StoreErrors.describe(error, path: ":memory:")
        }
        path = ":memory:"
    }

    /// Refuses a file that holds tables but no Dossier migrations, or newer migrations.
    private static func check(_ queue: DatabaseQueue, path: String) throws {
        try queue.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            if tables.isEmpty { return }
            // Another process may be creating the store right now: its first migrations
            // can be committed and the later ones not yet.
            let applied = tables.contains("grdb_migrations") ? try StoreMigrations.migrator.appliedIdentifiers(db) : []
            guard tables.contains("grdb_migrations"), applied.isEmpty || applied.contains("v1-sources-entities") else {
                throw DossierError(
                    .notAStore,
                    "\(path) is an SQLite database but not a Dossier store; it was left untouched. Choose another file with --store.")
            }
            if try StoreMigrations.migrator.hasBeenSuperseded(db) {
                throw DossierError(
                    .storeTooNew,
                    "\(path) was written by a newer Dossier; it was left untouched. Upgrade dossier or use another store with --store.")
            }
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(DossierError) -> T {
        do { return try writer.read(body) } catch { throw StoreErrors.describe(error, path: path) }
    }

    func write<T>(_ body: (Database) throws -> T) throws(DossierError) -> T {
        do { return try writer.write(body) } catch { throw StoreErrors.describe(error, path: path) }
    }
}

/// Turns SQLite's errors into messages that name the file and what to do.
enum StoreErrors {
    static func describe(_ error: any Error, path: String) -> DossierError {
        if let error = error as? DossierError { return error }
        if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_NOTADB, .SQLITE_CORRUPT:
                return DossierError(
                    .notAStore,
                    "\(path) is not a Dossier store or is damaged; it was left untouched. Move it away or choose another file with --store.",
                    cause: error)
            case .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_IOERR, .SQLITE_FULL:
                return DossierError(.io, "cannot use the store \(path): \(error.message ?? "I/O error"). Check the path and its permissions.", cause: error)
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                return DossierError(.io, "the store \(path) is busy in another process; try again.", cause: error)
            default:
                break
            }
        }
        return DossierError(.internal, "the store \(path) failed", cause: error)
    }
}
