import Foundation
import Synchronization
import Testing

/// The built `dossier` binary with a directory holding a good, a wrong-version, a
/// crashing and a hanging plugin: it lists and uses the good one, says one sanitized line
/// about each broken one, and never hangs.
struct PluginsExecutableTests {
    static let binary = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("../../.build/debug/dossier").standardized.path

    private static let goodBody = """
    if "zebra" in msg["question"]["text"].lower() and msg["facts"]:
        fact = msg["facts"][0]
        send({"type": "bids", "id": msg["id"], "bids": [{"confidence": 0.99, "answer": "zebra says: " + fact["statement"],
              "citations": [fact["id"]], "reason": "the zebra word"}]})
    else:
        send({"type": "bids", "id": msg["id"], "bids": []})
    """

    /// The four plugins in a fresh directory, which the caller removes (this does, when a
    /// plugin cannot be written).
    private func makePlugins() throws -> PluginScript {
        let scripts = try PluginScript()
        do {
            try scripts.write("zebra", body: Self.goodBody)
            try scripts.write("future", protocolVersion: "2.0", body: "pass")
            try scripts.writeExecutable("dossier-answerer-crashy", "#!/bin/sh\nprintf '\\033[2J\\033]0;owned\\007boom' >&2\nexit 1\n")
            try scripts.write("sleepy", body: "time.sleep(600)")
        } catch {
            scripts.remove()
            throw error
        }
        return scripts
    }

    @Test
    func pluginsListsTheExternalPluginWithItsPath() throws {
        let scripts = try makePlugins()
        defer { scripts.remove() }

        let result = try run(["plugins", "--plugin-dir", scripts.directory.path, "--store", store(in: scripts)])

        #expect(result.output.contains("zebra 0.1 (external, \(scripts.directory.path)/dossier-answerer-zebra)"))
        // Culture is the example package's answerer (its own dossier lists it as "Swift,
        // CultureAnswerer", tested there), not Dossier's.
        #expect(!result.output.contains("culture 1.0"))
        #expect(!result.output.contains("(Swift,"))
        #expect(result.output.contains("timeline 1.0 (built-in)"))
        #expect(result.errors.contains("2.0") && result.errors.contains("1.0"))
        #expect(result.errors.contains("dossier-answerer-crashy was skipped"))
        #expect(!result.errors.utf8.contains(0x1B))
        #expect(!result.errors.utf8.contains(0x07))
    }

    @Test
    func batchModeUsesTheGoodPluginAndOutlivesTheHangingOne() throws {
        let scripts = try makePlugins()
        defer { scripts.remove() }
        let questions = "zebra: when did Russia open its embassy?\nwhen did Russia open its embassy?\n"

        let result = try run(["--json", "--plugin-dir", scripts.directory.path, "--store", store(in: scripts)], input: questions)

        let records = result.output.split(separator: "\n")
        #expect(records.count == 2)
        #expect(records.first?.contains(#""plugin":"zebra""#) == true)
        #expect(records.last?.contains(#""plugin":"timeline""#) == true)
        #expect(result.status == 0)
    }

    private func store(in scripts: PluginScript) -> String {
        scripts.directory.appendingPathComponent("store.sqlite").path
    }

    func run(_ arguments: [String], input: String = "") throws -> (output: String, errors: String, status: Int32) {
        try #require(
            FileManager.default.isExecutableFile(atPath: Self.binary),
            "\(Self.binary) is missing: run `swift build --product dossier` (make test does) before the tests")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = "/usr/bin:/bin"
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // A watchdog: a run that hangs is killed, so the test fails instead of stalling.
        let watched = process.processIdentifier
        DispatchQueue.global().asyncAfter(deadline: .now() + 120) { kill(watched, SIGKILL) }
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        // Read both pipes before waiting, so a full pipe cannot stall the child.
        let errors = ErrorsReader(stderr.fileHandleForReading)
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errorText = errors.finish()
        process.waitUntilExit()
        return (String(decoding: output, as: UTF8.self), errorText, process.terminationStatus)
    }
}

/// Reads a pipe to its end on another thread.
private final class ErrorsReader: Sendable {
    private let data = Mutex<Data>(Data())
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            let read = handle.readDataToEndOfFile()
            data.withLock { $0 = read }
            done.signal()
        }
    }

    func finish() -> String {
        done.wait()
        return String(decoding: data.withLock { $0 }, as: UTF8.self)
    }
}
