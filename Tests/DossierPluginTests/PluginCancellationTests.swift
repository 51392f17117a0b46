import DossierEngine
import DossierExternal
import DossierKit
import DossierTesting
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A question given up (Ctrl-C, or the dispatch budget) stops its plugin's work: the plugin
/// and what it started are killed, and the next question gets a fresh plugin without
/// spending a restart (issue 9, item 4).
struct PluginCancellationTests {
    private let question = "Does Russia back language courses in Guatemala?"

    @Test func cancellingAQuestionKillsThePluginsProcessGroupAndTheNextQuestionIsAnswered() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        let pidFile = scripts.directory.appendingPathComponent("pids")
        // On its first question the plugin starts a child in its own process group, says
        // both ids, and hangs; later questions are answered.
        let body = """
        import os, subprocess
        if msg["id"] == 1:
            child = subprocess.Popen(["sleep", "300"])
            open("\(pidFile.path)", "w").write("%d %d" % (os.getpid(), child.pid))
            time.sleep(600)
        \(Reply.firstFact())
        """
        // No restart allowed, and a timeout no test reaches: only the cancellation stops it.
        let limits = PluginLimits(questionTimeout: 600, handshakeTimeout: 60, maximumRestarts: 0)
        let plugin = try await ExternalAnswerer(path: try scripts.write("patient", body: body), limits: limits, report: { _ in })
        let dossier = try Fixtures.dossier([plugin])

        let asking = Task { await dossier.ask(question) }
        let pids = try await Self.pids(in: pidFile)
        defer { for pid in pids { kill(pid, SIGKILL) } }
        asking.cancel()
        _ = await asking.value

        for pid in pids {
            #expect(await PluginSessionTests.waitUntilGone(pid), "process \(pid) outlived the cancelled question")
        }
        let next = await dossier.ask(question)
        #expect(next.plugin == "patient", "\(next.dispatch?.failures.map(\.message) ?? [])")
    }

    /// The two process ids the plugin wrote into `file`: its own and its child's.
    private static func pids(in file: URL) async throws -> [Int32] {
        for _ in 0..<3000 {
            let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            let pids = text.split(separator: " ").compactMap { Int32($0) }
            if pids.count == 2 { return pids }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw DossierError(.timeout, "the plugin never wrote its process ids to \(file.path)")
    }
}
