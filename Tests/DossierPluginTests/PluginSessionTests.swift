import DossierExternal
import DossierKit
import DossierTesting
import DossierEngine
import DossierOutput
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Plugins run in a session of their own, and nothing they start outlives them or
/// Dossier (issue 13, item 2).
struct PluginSessionTests {
    private let question = "Does Russia back language courses in Guatemala?"

    /// True while `pid` runs (a zombie no longer runs).
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return kill(pid, 0) == 0 }
        return !stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z")
    }

    /// Waits until `pid` has stopped running, as long as a loaded machine may need.
    static func waitUntilGone(_ pid: Int32) async -> Bool {
        for _ in 0..<3000 where isRunning(pid) { try? await Task.sleep(for: .milliseconds(10)) }
        return !isRunning(pid)
    }

    /// The process id the plugin wrote into `file`.
    static func pid(in file: URL) async throws -> Int32 {
        for _ in 0..<3000 {
            if let text = try? String(contentsOf: file, encoding: .utf8), let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return pid
            }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw DossierError(.timeout, "the plugin never wrote its child's pid to \(file.path)")
    }

    @Test func aPluginLeadsASessionOfItsOwn() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        let body = """
        import os
        ids = "pid=%d sid=%d pgid=%d" % (os.getpid(), os.getsid(0), os.getpgid(0))
        send({"type": "bids", "id": msg["id"], "bids": [{"confidence": 0.9, "answer": ids, "citations": [msg["facts"][0]["id"]]}]})
        """
        let plugin = try await ExternalAnswerer(path: try scripts.write("loner", body: body), limits: PluginLimits(questionTimeout: 60, handshakeTimeout: 60), report: { _ in })
        let dossier = try Fixtures.dossier([plugin])

        let answer = await dossier.ask(question)

        let words = answer.answer.split(separator: " ").map { $0.split(separator: "=").last.map(String.init) ?? "" }
        try #require(words.count == 3, "the plugin said: \(answer.answer)")
        #expect(words[0] == words[1], "the plugin is not a session leader: \(answer.answer)")
        #expect(words[0] == words[2])
        #expect(Int32(words[1]) != getsid(0))
    }

    @Test func aChildThatCalledSetsidIsKilledWithThePlugin() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        let pidFile = scripts.directory.appendingPathComponent("child.pid")
        // The child leaves the plugin's session and process group, then the plugin hangs,
        // so Dossier stops it at the question's timeout.
        let body = """
        import subprocess
        child = subprocess.Popen(["sleep", "300"], start_new_session=True)
        open("\(pidFile.path)", "w").write(str(child.pid))
        time.sleep(600)
        """
        let limits = PluginLimits(questionTimeout: 2, handshakeTimeout: 60)
        let plugin = try await ExternalAnswerer(path: try scripts.write("spawner", body: body), limits: limits, report: { _ in })
        let dossier = try Fixtures.dossier([plugin, SteadyAnswerer()])

        let answer = await dossier.ask(question)
        let child = try await Self.pid(in: pidFile)
        defer { kill(child, SIGKILL) }

        #expect(answer.dispatch?.failures.first?.message.contains("no reply within") == true)
        #expect(await Self.waitUntilGone(child), "the plugin's setsid child \(child) outlived the plugin")
    }

    @Test func aChildThatCalledSetsidDoesNotOutliveDossier() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        let pidFile = scripts.directory.appendingPathComponent("child.pid")
        let body = """
        import subprocess
        child = subprocess.Popen(["sleep", "300"], start_new_session=True)
        open("\(pidFile.path)", "w").write(str(child.pid))
        send({"type": "bids", "id": msg["id"], "bids": []})
        """
        try scripts.write("daemon", body: body)
        let store = scripts.directory.appendingPathComponent("store.sqlite").path

        let arguments = ["ask", "--plugin-dir", scripts.directory.path, "--store", store, "when did Russia open its embassy?"]
        // On a thread of its own: waiting for the child must not hold a thread of the task pool.
        let result = try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try PluginsExecutableTests().run(arguments) }) }
        }
        let child = try await Self.pid(in: pidFile)
        defer { kill(child, SIGKILL) }

        #expect(result.status == 0, "\(result.errors)")
        #expect(await Self.waitUntilGone(child), "the plugin's setsid child \(child) outlived dossier")
    }

    @Test func aPluginStartsWithNoSignalBlocked() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        // /proc/self/status lists the blocked signals (SigBlk) as a hex mask. (Python ignores
        // SIGPIPE and SIGXFSZ itself, so what it ignores says nothing of how it was started.)
        let body = """
        status = dict(line.split(":\\t", 1) for line in open("/proc/self/status").read().splitlines() if ":\\t" in line)
        said = "blocked=%s" % status["SigBlk"].strip()
        send({"type": "bids", "id": msg["id"], "bids": [{"confidence": 0.9, "answer": said, "citations": [msg["facts"][0]["id"]]}]})
        """
        let plugin = try await ExternalAnswerer(
            path: try scripts.write("calm", body: body), limits: PluginLimits(questionTimeout: 60, handshakeTimeout: 60), report: { _ in })
        let dossier = try Fixtures.dossier([plugin])

        let answer = await dossier.ask(question)

        #expect(answer.answer == "blocked=0000000000000000", "\(answer.answer)")
    }
}
