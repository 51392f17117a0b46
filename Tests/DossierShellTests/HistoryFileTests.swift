import DossierKit
import DossierShell
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

struct HistoryFileTests {
    @Test func readsAMissingFileAsEmpty() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        #expect(try HistoryFile(path: directory.path + "/state/dossier/history").load() == [])
    }

    @Test func keepsEntriesInOrderAcrossASaveAndALoad() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = HistoryFile(path: directory.path + "/state/dossier/history")
        try file.save(["when did Russia open its embassy?", ":why", "who is Óscar Berger?"])
        #expect(try file.load() == ["when did Russia open its embassy?", ":why", "who is Óscar Berger?"])
    }

    @Test func createsTheFileWithMode0600AndItsDirectoryWith0700() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = HistoryFile(path: directory.path + "/state/dossier/history")
        try file.save(["a question"])
        #expect(try TemporaryDirectory.mode(of: file.path) == 0o600)
        #expect(try TemporaryDirectory.mode(of: directory.path + "/state/dossier") == 0o700)
    }

    @Test func replacesAnOpenFileWithA0600One() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        try HistoryFile(path: path).save(["new"])
        #expect(try TemporaryDirectory.mode(of: path) == 0o600)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
    }

    @Test func collapsesDuplicatesKeepingTheLatest() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = HistoryFile(path: directory.path + "/history")
        try file.save(["a", "b", "a", "c", "b", "b"])
        #expect(try file.load() == ["a", "c", "b"])
    }

    @Test func keepsOnlyTheNewestEntriesUpToTheLimit() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = HistoryFile(path: directory.path + "/history", limit: 1000)
        try file.save((1...1500).map { "question \($0)" })
        let entries = try file.load()
        #expect(entries.count == 1000)
        #expect(entries.first == "question 501")
        #expect(entries.last == "question 1500")
    }

    @Test func boundsAnOverlongFileWhenReading() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        try Data((1...30).map { "q\($0)\n" }.joined().utf8).write(to: URL(fileURLWithPath: path))
        #expect(try HistoryFile(path: path, limit: 10).load() == (21...30).map { "q\($0)" })
    }

    @Test func stripsControlCharactersFromEntries() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        try Data("\u{1B}[31mred\u{1B}[0m question\n\n   \n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(try HistoryFile(path: path).load() == ["red question"])
    }

    @Test(arguments: [[0xFF, 0xFE, 0x0A], [0x61, 0x00, 0x62, 0x0A], [0xC3, 0x28, 0x0A]] as [[UInt8]])
    func reportsAFileThatIsNotTextAsBadDataAndLeavesItAlone(bytes: [UInt8]) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(throws: DossierError.badData) { try HistoryFile(path: path).load() }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(bytes))
    }

    @Test func reportsAnUnreadablePathAsAnIOError() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        #expect(throws: DossierError(.io, "")) { try HistoryFile(path: path).load() }
    }

    @Test(.enabled(if: geteuid() != 0, "root reads files whatever their mode"))
    func reportsAFileWithoutReadPermissionAsAnIOError() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/history"
        try Data("q\n".utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
        #expect(throws: DossierError(.io, "")) { try HistoryFile(path: path).load() }
    }

    @Test(.enabled(if: geteuid() != 0, "root writes into read-only directories"))
    func failsInAReadOnlyDirectoryAndKeepsTheOldFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = HistoryFile(path: directory.path + "/history")
        try file.save(["kept"])
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: directory.path)
        #expect(throws: DossierError(.io, "")) { try file.save(["kept", "lost"]) }
        #expect(try file.load() == ["kept"])
    }

    @Test func failsWhereNoDirectoryCanBeMadeEvenForRoot() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let blocker = directory.path + "/state"
        try Data("a file where a directory should be".utf8).write(to: URL(fileURLWithPath: blocker))
        #expect(throws: DossierError(.io, "")) { try HistoryFile(path: blocker + "/dossier/history").save(["q"]) }
        #expect(try String(contentsOfFile: blocker, encoding: .utf8) == "a file where a directory should be")
    }

    @Test func leavesNoTemporaryFileBehind() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try HistoryFile(path: directory.path + "/history").save(["one", "two"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["history"])
    }
}
