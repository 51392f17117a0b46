import DossierExternal
import Foundation
import Testing
import DossierOutput

/// Finding `dossier-answerer-NAME` executables in the plugin directories, in order.
struct PluginDiscoveryTests {
    @Test func findsOnlyExecutablesWithThePrefix() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        try scripts.write("good", body: Reply.firstFact())
        try scripts.writeExecutable("other-tool", "#!/bin/sh\n")
        try Data("not executable".utf8).write(to: scripts.directory.appendingPathComponent("dossier-answerer-plain"))
        try FileManager.default.createDirectory(
            at: scripts.directory.appendingPathComponent("dossier-answerer-folder"), withIntermediateDirectories: true)

        let found = PluginDiscovery(directories: [scripts.directory.path]).executables()

        #expect(found.map { ($0 as NSString).lastPathComponent } == ["dossier-answerer-good"])
    }

    @Test func earlierDirectoryWinsForTheSameFileName() async throws {
        let first = try PluginScript()
        defer { first.remove() }
        let second = try PluginScript()
        defer { second.remove() }
        let winner = try first.write("same", body: Reply.firstFact())
        try second.write("same", body: Reply.firstFact())
        let extra = try second.write("extra", body: Reply.firstFact())

        let found = PluginDiscovery(directories: [first.directory.path, second.directory.path]).executables()

        #expect(found == [winner, extra])
    }

    @Test func searchesPluginDirThenDataDirectoryThenPath() {
        let discovery = PluginDiscovery(
            pluginDirectory: "/opt/mine", dataPluginDirectory: "/home/u/.local/share/dossier/plugins",
            environment: ["PATH": "/usr/local/bin::/usr/bin"])

        // The empty entry (the current directory, to a shell) is kept here and skipped, with a
        // message, when plugins are looked for.
        #expect(discovery.directories == ["/opt/mine", "/home/u/.local/share/dossier/plugins", "/usr/local/bin", "", "/usr/bin"])
    }

    @Test func missingDirectoriesAreSkipped() {
        #expect(PluginDiscovery(directories: ["/no/such/dir"]).executables().isEmpty)
    }

    @Test func loadSkipsBrokenPluginsAndTakenNamesWithOneMessageEach() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        try scripts.write("fine", body: Reply.firstFact())
        try scripts.write("future", protocolVersion: "3.1", body: Reply.firstFact())
        try scripts.write("timeline", body: Reply.firstFact())
        let messages = Messages()

        let loaded = await PluginDiscovery(directories: [scripts.directory.path]).load(taken: ["timeline"], report: messages.record)

        #expect(loaded.map(\.name) == ["fine"])
        #expect(messages.all.count == 2)
        #expect(messages.all.contains { $0.contains("3.1") && $0.contains("1.0") }, "\(messages.all)")
        #expect(messages.all.contains { $0.contains("'timeline' is already registered") })
    }
}
