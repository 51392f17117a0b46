import Foundation
import Synchronization
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the built `.build/debug/dossier` with its own XDG folders, feeding standard input
/// and collecting both outputs whole before waiting for exit (a child whose output fills
/// the pipe would otherwise never exit).
struct DossierProcess {
    /// What a run produced.
    struct Result: Sendable {
        var status: Int32
        var stdout: Data
        var stderr: Data
        var output: String { String(decoding: stdout, as: UTF8.self) }
        var errors: String { String(decoding: stderr, as: UTF8.self) }
        var lines: [String] { output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty } }
    }

    /// The package root: three levels above this file.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary `make test` builds before the tests.
    static let binary = packageRoot.appendingPathComponent(".build/debug/dossier")

    /// A fresh home for the store and history of one test.
    let home: URL
    /// What ``start(_:environment:)`` started, for ``cleanUp()`` to end.
    private let children = Children()

    init() throws {
        // The test process must survive writing to a child that already exited.
        signal(SIGPIPE, SIG_IGN)
        try #require(
            FileManager.default.isExecutableFile(atPath: Self.binary.path),
            "\(Self.binary.path) is missing: build it first with `swift build --product dossier` (make test does)")
        home = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    /// The environment the child runs with: XDG folders inside `home`.
    var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
        environment["XDG_STATE_HOME"] = home.appendingPathComponent("state").path
        environment["HOME"] = home.path
        environment["NO_COLOR"] = "1"
        environment["DOSSIER_LOG_LEVEL"] = nil
        return environment
    }

    /// Where the default store lives for this test.
    var storePath: String { home.appendingPathComponent("data/dossier/store.sqlite").path }

    /// Starts the binary with pipes on all three streams.
    func start(_ arguments: [String], environment: [String: String]? = nil) throws -> (Process, input: Pipe, output: Pipe, error: Pipe) {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.environment = environment ?? self.environment
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        children.add(process)
        return (process, input, output, error)
    }

    /// Runs to the end with `stdin` as input; kills the child after `timeout` seconds.
    func run(
        _ arguments: [String], stdin: Data = Data(), environment: [String: String]? = nil, timeout: Double = 120
    ) async throws -> Result {
        let (process, input, output, error) = try start(arguments, environment: environment)
        let watchdog = Task.detached {
            try await Task.sleep(for: .seconds(timeout))
            if process.isRunning { process.terminate() }
        }
        let writer = Task.detached {
            try? input.fileHandleForWriting.write(contentsOf: stdin)
            try? input.fileHandleForWriting.close()
        }
        async let out = Task.detached { output.fileHandleForReading.readDataToEndOfFile() }.value
        async let err = Task.detached { error.fileHandleForReading.readDataToEndOfFile() }.value
        let (stdout, stderr) = await (out, err)
        await writer.value
        process.waitUntilExit()
        watchdog.cancel()
        return Result(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }

    /// Runs with the lines joined by newlines as input.
    func run(_ arguments: [String] = [], lines: [String]) async throws -> Result {
        try await run(arguments, stdin: Data(lines.map { $0 + "\n" }.joined().utf8))
    }

    /// Removes the test's folders, once every child started here has exited: one a
    /// failed test left running is killed first.
    func cleanUp() {
        children.end()
        try? FileManager.default.removeItem(at: home)
    }

    /// Parses one JSON line into an object.
    static func object(_ line: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not a JSON object: \(line)")
    }
}

/// The children one ``DossierProcess`` started.
private final class Children: Sendable {
    private let processes = Mutex<[Process]>([])

    func add(_ process: Process) {
        processes.withLock { $0.append(process) }
    }

    /// Kills each child still running and waits until it has exited.
    func end() {
        for process in processes.withLock({ $0 }) where process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}
