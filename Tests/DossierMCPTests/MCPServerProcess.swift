import Foundation
import MCP
import SystemPackage
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The built `dossier mcp` started as a child with its own XDG folders, wired to the
/// SDK's own client over its standard input and output.
///
/// The SDK's client requests have no timeout, so a watchdog bounds the whole session:
/// past `limit` it kills the child and disconnects the client, which fails every pending
/// request instead of hanging the test run. The child exiting disconnects too.
///
/// ``finish()`` waits for the child and removes its folders; a test that never gets there
/// (it threw, or a `#require` failed) leaves that to `deinit`, which kills the child first.
final class MCPServerProcess {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let binary = packageRoot.appendingPathComponent(".build/debug/dossier")
    /// The program `dossier mcp` execs from beside `dossier`.
    static let server = packageRoot.appendingPathComponent(".build/debug/dossier-mcp")

    let process: Process
    let client: Client
    let home: URL
    private let toServer: Pipe
    private let errorText: Task<String, Never>
    private let watchdog: Watchdog
    private let transport: StdioTransport
    private var finished = false

    init(arguments: [String] = [], limitSeconds: Double = 180) throws {
        signal(SIGPIPE, SIG_IGN)  // a write to a dead child must fail, not kill the test runner
        try #require(
            FileManager.default.isExecutableFile(atPath: Self.binary.path),
            "\(Self.binary.path) is missing: build it first with `swift build --product dossier` (make test does)")
        try #require(
            FileManager.default.isExecutableFile(atPath: Self.server.path),
            "\(Self.server.path) is missing: build it first with `swift build --product dossier-mcp` (make test does)")
        home = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-mcp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
        environment["XDG_STATE_HOME"] = home.appendingPathComponent("state").path
        environment["HOME"] = home.path
        environment["PATH"] = "/usr/bin:/bin"  // no dossier-answerer-* from the developer's PATH
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["mcp"] + arguments
        process.environment = environment
        let toServer = Pipe(), fromServer = Pipe(), errors = Pipe()
        process.standardInput = toServer
        process.standardOutput = fromServer
        process.standardError = errors
        let client = Client(name: "dossier-tests", version: "1.0")
        process.terminationHandler = { _ in Task { await client.disconnect() } }
        do {
            try process.run()
        } catch {
            try? FileManager.default.removeItem(at: home)
            throw error
        }
        self.process = process
        self.client = client
        self.toServer = toServer
        errorText = Task { await offThePool { String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) } }
        transport = StdioTransport(
            input: FileDescriptor(rawValue: fromServer.fileHandleForReading.fileDescriptor),
            output: FileDescriptor(rawValue: toServer.fileHandleForWriting.fileDescriptor))
        watchdog = Watchdog(seconds: limitSeconds) {
            Issue.record("dossier mcp did not finish within \(limitSeconds) s; killed it")
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            Task { await client.disconnect() }
        }
    }

    /// Runs the handshake.
    func connect() async throws -> Initialize.Result {
        try await client.connect(transport: transport)
    }

    /// Calls a tool and returns the whole result, structured content included.
    func call(_ tool: String, _ arguments: [String: Value]?) async throws -> CallTool.Result {
        try await client.send(CallTool.request(.init(name: tool, arguments: arguments))).value
    }

    /// Closes the child's input, waits for it to exit and returns its status and what it
    /// wrote on standard error.
    func finish() async -> (status: Int32, errors: String) {
        process.terminationHandler = nil
        await client.disconnect()
        try? toServer.fileHandleForWriting.close()
        let process = self.process
        await offThePool { process.waitUntilExit() }
        watchdog.cancel()
        try? FileManager.default.removeItem(at: home)
        finished = true
        return (process.terminationStatus, await errorText.value)
    }

    deinit {
        guard !finished else { return }
        watchdog.cancel()
        process.terminationHandler = nil
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: home)
    }
}

extension CallTool.Result {
    /// The text blocks joined.
    var text: String {
        content.compactMap { if case .text(let text, _, _) = $0 { text } else { nil } }.joined()
    }

    /// The structured content as an object.
    var object: [String: Value] { structuredContent?.objectValue ?? [:] }
}
