public import DossierKit
import Foundation
import GRDB

/// The SQLite file that holds sources, entities, facts and their citations.
///
/// Opening a store migrates it, so nobody holds an unmigrated database. A file that is
/// not a Dossier store, or was written by a newer Dossier, is refused before anything in
/// it is touched; so is a path that is not a regular file (a device, a FIFO, a folder),
/// before SQLite creates anything beside it.
///
/// A store whose file or folder cannot be written is opened read-only and immutable (as
/// `sqlite3 -readonly` on read-only media): it can be queried, nothing is created beside
/// it, and only a command that must write to it fails, saying so.
public struct FactStore: Sendable {
    private let writer: any DatabaseWriter
    /// Where the store lives, or `":memory:"`.
    public let path: String
    /// True when the store was opened read-only because its file or folder cannot be written.
    public let isReadOnly: Bool
    /// True when the store was opened with a read-only connection because the caller only
    /// reads (``init(path:readingOnly:)``): writing through it fails.
    public let isReadingOnly: Bool

    /// Opens (creating if needed) the store at `path` and migrates it.
    public init(path: String) throws(DossierError) {
        guard !path.isEmpty else {
            throw DossierError(.usage, "--store needs a file path; an empty one would make SQLite keep nothing. Give a path, or leave --store out.")
        }
        try Self.checkKind(path)
        let readOnly = Self.mustOpenReadOnly(path)
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.label = "dossier-store"
        configuration.readonly = readOnly
        do {
            let queue = try readOnly ? Self.openImmutable(path, configuration) : DatabaseQueue(path: path, configuration: configuration)
            try Self.check(queue, path: path)
            if readOnly {
                let complete = try queue.read { db in try StoreMigrations.migrator.hasCompletedMigrations(db) }
                guard complete else {
                    throw DossierError(.io, "the store \(path) is read-only and was made by an older Dossier; open it once where it can be written, or copy it.")
                }
            } else {
                try queue.writeWithoutTransaction { db in _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") }
                try StoreMigrations.migrate(queue)
            }
            writer = queue
        } catch let error as DossierError {
            throw error
        } catch {
            throw StoreErrors.describe(error, path: path)
        }
        self.path = path
        isReadOnly = readOnly
        isReadingOnly = false
    }

    /// Opens the store for a command that only reads it: an existing, fully migrated store
    /// in a writable place gets a read-only connection, which neither migrates nor, on
    /// closing, checkpoints and deletes the write-ahead log (SQLite creates the empty `-wal`
    /// and `-shm` files once and leaves them for the next reader). Any other store is
    /// opened as ``init(path:)`` opens it.
    public init(path: String, readingOnly: Bool) throws(DossierError) {
        if readingOnly, let queue = try Self.openForReading(path) {
            self.init(reader: queue, path: path)
        } else {
            try self.init(path: path)
        }
    }

    private init(reader: DatabaseQueue, path: String) {
        writer = reader
        self.path = path
        isReadOnly = false
        isReadingOnly = true
    }

    /// A read-only connection to the store, or nil when it is not there yet, cannot be
    /// written anyway, or lacks a migration (``init(path:)`` then handles it).
    private static func openForReading(_ path: String) throws(DossierError) -> DatabaseQueue? {
        guard !path.isEmpty else { return nil }
        try checkKind(path)
        guard access(path, F_OK) == 0, !mustOpenReadOnly(path) else { return nil }
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.label = "dossier-store"
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try check(queue, path: path)
            return try queue.read { db in try StoreMigrations.migrator.hasCompletedMigrations(db) } ? queue : nil
        } catch let error as DossierError {
            throw error
        } catch {
            return nil
        }
    }

    /// Refuses a path that exists and is not a regular file.
    private static func checkKind(_ path: String) throws(DossierError) {
        var status = stat()
        guard stat(path, &status) == 0 else { return }
        let kind: String
        switch status.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: kind = "a directory"
        case S_IFCHR: kind = "a character device"
        case S_IFBLK: kind = "a block device"
        case S_IFIFO: kind = "a FIFO (named pipe)"
        case S_IFSOCK: kind = "a socket"
        default: kind = "not a regular file"
        }
        throw DossierError(.notAStore, "\(path) is \(kind), not a Dossier store; it was left untouched. Give a file path with --store.")
    }

    /// True when the store exists but its file or its folder (where SQLite keeps the
    /// `-wal` and `-shm` files) cannot be written.
    private static func mustOpenReadOnly(_ path: String) -> Bool {
        guard access(path, F_OK) == 0 else { return false }
        let folder = (path as NSString).deletingLastPathComponent
        return access(path, W_OK) != 0 || access(folder.isEmpty ? "." : folder, W_OK) != 0
    }

    /// Opens the file read-only with SQLite's `immutable` flag, which lets a WAL database be
    /// read without its `-shm` file; falls back to a plain read-only open where SQLite
    /// takes no URI file names. A store with a non-empty `-wal` file holds commits that
    /// only a plain open applies (`immutable` would silently read the older state), so it
    /// is opened plainly, and refused with a message where that cannot be done.
    private static func openImmutable(_ path: String, _ configuration: Configuration) throws -> DatabaseQueue {
        var wal = stat()
        if stat(path + "-wal", &wal) == 0, wal.st_size > 0 {
            do {
                let queue = try DatabaseQueue(path: path, configuration: configuration)
                _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") }
                return queue
            } catch {
                throw DossierError(
                    .io,
                    "the store \(path) is read-only and its write-ahead log (\(path)-wal) holds changes not yet in the file; "
                        + "open it once where it can be written, or copy the store with its -wal file.")
            }
        }
        var escaped = ""
        for character in path {
            switch character {
            case "%": escaped += "%25"
            case "?": escaped += "%3f"
            case "#": escaped += "%23"
            default: escaped.append(character)
            }
        }
        let absolute = escaped.hasPrefix("/") ? escaped : FileManager.default.currentDirectoryPath + "/" + escaped
        do {
            let queue = try DatabaseQueue(path: "file:" + absolute + "?immutable=1", configuration: configuration)
            _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") }
            return queue
        } catch {
            return try DatabaseQueue(path: path, configuration: configuration)
        }
    }

    /// True for a store made by ``inMemory()``.
    var isInMemory: Bool { path == ":memory:" }

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
        isReadOnly = false
        isReadingOnly = false
    }

    /// Refuses a file that holds tables but no Dossier migrations, or newer migrations.
    private static func check(_ queue: DatabaseQueue, path: String) throws {
        try queue.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            if tables.isEmpty { return }
            // Another process may be creating the store right now: its first migrations
            // can be committed and the later ones not yet.
            let applied = tables.contains("grdb_migrations") ? try StoreMigrations.migrator.appliedIdentifiers(db) : []
            // Each migration commits with its row in grdb_migrations, so tables besides that
            // one with no migration recorded are someone else's (or an emptied table).
            let others = tables.filter { $0 != "grdb_migrations" && !$0.hasPrefix("sqlite_") }
            guard tables.contains("grdb_migrations"), applied.contains("v1-sources-entities") || (applied.isEmpty && others.isEmpty) else {
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

    /// Copies the write-ahead log into the file and empties it; a reader still holding the
    /// log leaves it as it is (the next checkpoint, or the last close, does it).
    func checkpoint() {
        _ = try? writer.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
    }

    /// Runs `body` in a write transaction that advances the store's generation.
    func write<T>(_ body: (Database) throws -> T) throws(DossierError) -> T {
        do {
            return try writer.write { db in
                let value = try body(db)
                try StoreGeneration.advance(db)
                return value
            }
        } catch {
            throw StoreErrors.describe(error, path: path)
        }
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
            case .SQLITE_READONLY:
                return DossierError(
                    .io,
                    "the store \(path) is read-only (its file or its folder cannot be written), and this command must write to it. "
                        + "Make them writable, or use another store with --store.")
            case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_IOERR, .SQLITE_FULL:
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
