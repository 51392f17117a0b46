#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
public import DossierEngine
public import DossierStore
import DossierIndex
import Foundation
import Logging
import MCP

/// `dossier mcp`: a Model Context Protocol server on standard input and output, offering
/// the tools ask, search, timeline and sources and each source as a resource.
///
/// Standard output carries the protocol and nothing else: the server keeps its own copy of
/// the descriptor for protocol messages and points descriptor 1 at standard error, so a
/// stray write by anything in the process (or a child it starts) lands in the log rather
/// than in the middle of a message.
public struct MCPServer: Sendable {
    let tools: DossierTools
    let name: String
    let version: String
    let log: @Sendable (MCPLogLine) -> Void

    /// Creates a server over an opened engine and its store; `log` writes one line to
    /// standard error (or wherever the caller keeps logs).
    public init(engine: QuestionEngine, store: FactStore, version: String, log: @escaping @Sendable (MCPLogLine) -> Void) {
        tools = DossierTools(engine: engine, store: store)
        name = "dossier"
        self.version = version
        self.log = log
    }

    /// Takes standard output for protocol messages: returns a descriptor of its own for
    /// them and points descriptor 1 at standard error. Call it first, before anything
    /// (opening the store, starting plugins) can print.
    public static func claimStandardOutput() throws -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        let protocolOutput = dup(STDOUT_FILENO)
        guard protocolOutput >= 0 else { throw MCPServerError("cannot duplicate standard output: \(String(cString: strerror(errno)))") }
        guard dup2(STDERR_FILENO, STDOUT_FILENO) >= 0 else {
            throw MCPServerError("cannot point standard output at standard error: \(String(cString: strerror(errno)))")
        }
        return protocolOutput
    }

    /// Serves on standard input and `output` (from ``claimStandardOutput()``) until the
    /// input ends.
    public func run(output protocolOutput: Int32) async throws {
        signal(SIGPIPE, SIG_IGN)
        let server = await makeServer()
        let log = self.log
        let logger = Logger(label: "dossier.mcp") { _ in ForwardingLogHandler(write: log) }
        let transport = LineTransport(input: STDIN_FILENO, output: protocolOutput, logger: logger)
        try await server.start(transport: transport) { client, _ in
            log(.info("client \(client.name) \(client.version) connected"))
        }
        log(.info("serving MCP on standard input and output: \(tools.engine.index.sources.count) sources, \(tools.engine.index.factCount) facts"))
        await server.waitUntilCompleted()
        await server.stop()
        log(.info("standard input closed; stopping"))
    }

    /// The SDK's server with every handler registered (before it starts, so no early
    /// request can miss one).
    func makeServer() async -> Server {
        let server = Server(
            name: name, version: version, title: "Dossier",
            instructions: """
                Dossier answers questions about Guatemala's foreign relations from a store of cited facts. \
                Use ask for a question (the answer comes with its sources, or "unknown" when no fact answers; \
                do not guess past it), search to find facts and sentences, timeline for dated events, sources \
                for the documents; read dossier://source/ID to open a cited document.
                """,
            capabilities: .init(resources: .init(subscribe: false, listChanged: false), tools: .init(listChanged: false)))
        let tools = self.tools, log = self.log
        await Self.register(on: server, tools: tools, log: log)
        return server
    }

    static func register(on server: Server, tools: DossierTools, log: @escaping @Sendable (MCPLogLine) -> Void) async {
        await server.withMethodHandler(ListTools.self) { _ in ListTools.Result(tools: ToolCatalog.tools) }
        await server.withMethodHandler(CallTool.self) { params in
            let started = ContinuousClock.now
            let result: CallTool.Result
            do {
                result = try await tools.call(params.name, arguments: params.arguments ?? [:])
            } catch let error as MCPError {
                log(.info("tool \(params.name): refused: \(error)"))
                throw error
            } catch {
                // Whatever went wrong inside one call stays inside it.
                log(.problem("tool \(params.name) failed: \(error)"))
                return ToolError(message: "\(params.name) failed: \(error)").result
            }
            let elapsed = ContinuousClock.now - started
            log(.info("tool \(params.name): \(result.isError == true ? "tool error" : "done") in \(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000) ms"))
            return result
        }
        await server.withMethodHandler(ListResources.self) { _ in try tools.listResources() }
        await server.withMethodHandler(ReadResource.self) { params in try tools.readResource(params.uri) }
    }
}

/// One line for the log: something that happened, or a problem worth saying always.
public enum MCPLogLine: Sendable {
    case info(String)
    case problem(String)

    /// Whether to write it without `-v`.
    public var isProblem: Bool { if case .problem = self { true } else { false } }

    /// The text.
    public var text: String {
        switch self {
        case .info(let text), .problem(let text): text
        }
    }
}

/// Why the server could not start.
public struct MCPServerError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
