import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `--store` paths that are not a writable store file (issue 13, items 6, 7 and 12).
struct StoreHostileExecutableTests {
    static let question = "when did Russia open its embassy?"

    @Test func anEmptyStorePathIsAUsageError() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let file = try dossier.document("notes.txt", IngestClashExecutableTests.first)
        let ingest = try await dossier.run(["--store", "", "ingest", file.path])
        #expect(ingest.status == 64)
        #expect(ingest.output.isEmpty)
        #expect(ingest.errors.contains("--store"))
        let ask = try await dossier.run(["ask", "--store", "", Self.question])
        #expect(ask.status == 64)
    }

    @Test func aDeviceAsTheStoreIsRefusedAndLeavesNothingBehind() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let result = try await dossier.run(["ask", "--store", "/dev/null", Self.question])
        #expect(result.status == 65)
        #expect(result.errors.contains("/dev/null is a character device"))
        for suffix in ["-journal", "-wal", "-shm"] {
            #expect(!FileManager.default.fileExists(atPath: "/dev/null" + suffix))
        }
    }

    /// Runs the binary as an unprivileged user when the tests run as root, since root
    /// writes through any mode bits.
    private static func asUnprivileged(_ command: String) -> String {
        getuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups \(command)" : command
    }

    /// True when write permission can be taken away: not root, or root with setpriv
    /// (util-linux) and a binary the unprivileged user may run.
    static let canDropWriting: Bool = {
        guard getuid() == 0 else { return true }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        probe.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", "/bin/sh", "-c", #"test -x "$0""#, DossierProcess.binary.path]
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }()

    @Test(.enabled(if: canDropWriting, "as root, needs setpriv and a dossier binary the user nobody may run"))
    func aStoreInAReadOnlyFolderCanBeQueriedAndOnlyWritesFail() async throws {
        let dossier = try DossierProcess()
        defer {
            _ = chmod(dossier.home.appendingPathComponent("locked").path, 0o755)
            dossier.cleanUp()
        }
        let folder = dossier.home.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = folder.appendingPathComponent("store.sqlite").path
        let made = try await dossier.run(["ask", "--store", store, Self.question])
        try #require(made.status == 0)
        let notes = try dossier.document("notes.txt", IngestClashExecutableTests.first)
        for path in [dossier.home.path, notes.path] { _ = chmod(path, 0o755) }
        _ = chmod(notes.path, 0o644)
        _ = chmod(store, 0o644)
        _ = chmod(folder.path, 0o555)
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()

        let ask = try await dossier.sh(Self.asUnprivileged(#""$DOSSIER" ask --store '\#(store)' '\#(Self.question)'"#))
        #expect(ask.status == 0, "\(ask.errors)")
        #expect(ask.output.contains("2007"))
        #expect(ask.errors.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == before)

        let ingest = try await dossier.sh(Self.asUnprivileged(#""$DOSSIER" --store '\#(store)' ingest '\#(notes.path)'"#))
        #expect(ingest.status == 74)
        #expect(ingest.errors.contains("is read-only"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == before)
    }

    @Test(.enabled(if: canDropWriting, "as root, needs setpriv and a dossier binary the user nobody may run"))
    func aReadOnlyStoreWithCommitsInItsLogIsNotReadStale() async throws {
        let dossier = try DossierProcess()
        defer {
            _ = chmod(dossier.home.appendingPathComponent("copy").path, 0o755)
            dossier.cleanUp()
        }
        let store = dossier.home.appendingPathComponent("store.sqlite").path
        let made = try await dossier.run(["ask", "--store", store, Self.question])
        try #require(made.status == 0)
        // A commit left in the -wal (a writer still had the store open when it was copied).
        let copy = dossier.home.appendingPathComponent("copy")
        let script = """
            import shutil, sqlite3, sys
            store, copy = sys.argv[1], sys.argv[2]
            db = sqlite3.connect(store)
            db.execute("PRAGMA wal_autocheckpoint = 0")
            db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", ("probe", "1"))
            db.commit()
            for suffix in ["", "-wal"]:
                shutil.copy(store + suffix, copy + "/store.sqlite" + suffix)
            """
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        let copied = try await dossier.sh("python3 -c '\(script)' '\(store)' '\(copy.path)'")
        try #require(copied.status == 0, "python3 could not make the log: \(copied.errors)")
        _ = chmod(dossier.home.path, 0o755)
        for file in ["store.sqlite", "store.sqlite-wal"] { _ = chmod(copy.appendingPathComponent(file).path, 0o644) }
        _ = chmod(copy.path, 0o555)

        let ask = try await dossier.sh(Self.asUnprivileged(#""$DOSSIER" ask --store '\#(copy.path)/store.sqlite' '\#(Self.question)'"#))

        #expect(ask.status == 74)
        #expect(ask.errors.contains("write-ahead log"), "\(ask.errors)")
    }
}
