import DossierExternal
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Plugins someone else could have put in place are not run, and files that look like
/// plugins but cannot run are named (issue 13, item 10).
struct PluginTrustTests {
    private func discover(_ scripts: PluginScript, path: String? = nil) -> (found: [String], messages: [String]) {
        let messages = Messages()
        let discovery = path.map {
            PluginDiscovery(pluginDirectory: nil, dataPluginDirectory: "/no/such/dir", environment: ["PATH": $0])
        } ?? PluginDiscovery(directories: [scripts.directory.path])
        let found = discovery.executables(report: messages.record)
        return (found.map { ($0 as NSString).lastPathComponent }, messages.all)
    }

    @Test func aWorldWritableFolderIsRefusedWithTheReason() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        try scripts.write("open", body: Reply.firstFact())
        #expect(chmod(scripts.directory.path, 0o777) == 0)
        let (found, messages) = discover(scripts)
        #expect(found.isEmpty)
        #expect(messages.count == 1)
        #expect(messages.first?.contains("writable by every user") == true, "\(messages)")
    }

    @Test func aWorldWritablePluginFileIsRefused() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        let path = try scripts.write("open", body: Reply.firstFact())
        #expect(chmod(path, 0o777) == 0)
        let (found, messages) = discover(scripts)
        #expect(found.isEmpty)
        #expect(messages.first?.contains("the file is writable by every user") == true, "\(messages)")
    }

    @Test func aGroupWritablePluginRunsWithAWarning() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        let path = try scripts.write("shared", body: Reply.firstFact())
        #expect(chmod(path, 0o775) == 0)
        let (found, messages) = discover(scripts)
        #expect(found == ["dossier-answerer-shared"])
        #expect(messages.first?.contains("writable by its group") == true, "\(messages)")
    }

    @Test(.enabled(if: geteuid() == 0, "giving a file to another user needs root"))
    func aPluginOwnedByAnotherUserIsRefused() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        let path = try scripts.write("foreign", body: Reply.firstFact())
        #expect(chown(path, 65534, 65534) == 0)
        let (found, messages) = discover(scripts)
        #expect(found.isEmpty)
        #expect(messages.first?.contains("owned by another user") == true, "\(messages)")
    }

    @Test func aPluginThatIsNotExecutableOrIsAFolderIsNamed() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        try Data("#!/bin/sh\n".utf8).write(to: scripts.directory.appendingPathComponent("dossier-answerer-plain"))
        try FileManager.default.createDirectory(
            at: scripts.directory.appendingPathComponent("dossier-answerer-folder"), withIntermediateDirectories: true)
        let (found, messages) = discover(scripts)
        #expect(found.isEmpty)
        #expect(messages.contains { $0.contains("dossier-answerer-plain") && $0.contains("not executable") }, "\(messages)")
        #expect(messages.contains { $0.contains("dossier-answerer-folder") && $0.contains("is a folder") }, "\(messages)")
    }

    @Test func relativeEntriesOfPathAreNotSearched() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        try scripts.write("here", body: Reply.firstFact())
        // The scripts' folder named relative to the current directory (changing that would
        // disturb the tests running beside this one).
        let up = FileManager.default.currentDirectoryPath.split(separator: "/").map { _ in ".." }
        let relative = (up + [String(scripts.directory.path.dropFirst())]).joined(separator: "/")
        #expect(FileManager.default.fileExists(atPath: relative))
        let (found, messages) = discover(scripts, path: relative + ":/no/such/bin")
        #expect(found.isEmpty)
        #expect(messages.first?.contains("which is relative") == true, "\(messages)")
    }
}

/// A mistyped `--plugin-dir` is said, not silently ignored.
struct PluginDirectoryOptionTests {
    @Test func aMissingPluginDirIsReported() {
        let messages = Messages()
        let discovery = PluginDiscovery(pluginDirectory: "/no/such/plugins", dataPluginDirectory: "/no/such/dir", environment: [:])
        #expect(discovery.executables(report: messages.record).isEmpty)
        #expect(messages.all == ["--plugin-dir /no/such/plugins: no such folder; no plugins were loaded from it"])
    }

    @Test func aPluginDirThatIsAFileIsReported() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        let file = try scripts.write("single", body: Reply.firstFact())
        let messages = Messages()
        _ = PluginDiscovery(pluginDirectory: file, dataPluginDirectory: "/no/such/dir", environment: [:]).executables(report: messages.record)
        #expect(messages.all.first?.contains("not a folder") == true, "\(messages.all)")
    }
}

/// A manifest cannot make Dossier do unbounded work: a name too long to show, or
/// more example questions than `eval` should ask, is refused at the handshake.
struct ManifestBoundsTests {
    @Test func aManifestWithTooManyExamplesOrTooLongANameIsRefused() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        let examples = (0..<10_000).map { "\"question \($0)?\"" }.joined(separator: ", ")
        try scripts.write("greedy", handshake: """
                send({"type": "manifest", "protocol": "1.0", "name": "greedy", "version": "0.1", "examples": [\(examples)]})
            """, body: Reply.firstFact())
        let long = String(repeating: "a", count: 500)
        try scripts.write("long", handshake: """
                send({"type": "manifest", "protocol": "1.0", "name": "\(long)", "version": "0.1"})
            """, body: Reply.firstFact())
        let messages = Messages()

        let loaded = await PluginDiscovery(directories: [scripts.directory.path]).load(taken: [], report: messages.record)

        #expect(loaded.isEmpty)
        #expect(messages.all.contains { $0.contains("10000 example questions") }, "\(messages.all)")
        #expect(messages.all.contains { $0.contains("1 to 64 lowercase letters") && !$0.contains(long) }, "\(messages.all)")
    }
}
