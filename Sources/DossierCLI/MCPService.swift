public import DossierEngine
public import DossierStore

/// What `dossier mcp` runs in a program that links the MCP server (the `dossier-mcp`
/// executable): the answering `dossier` leaves the MCP SDK, with the networking half of
/// Foundation and libcurl it pulls in, out of its own process, and `dossier mcp` there
/// execs `dossier-mcp` from beside itself (``MCPLauncher``).
public struct MCPService: Sendable {
    /// Takes standard output for protocol messages before anything can print, and returns
    /// the descriptor to write them to.
    let claimStandardOutput: @Sendable () throws -> Int32
    /// Serves until standard input ends.
    let serve: @Sendable (_ context: MCPContext) async throws -> Void

    public init(
        claimStandardOutput: @escaping @Sendable () throws -> Int32,
        serve: @escaping @Sendable (_ context: MCPContext) async throws -> Void
    ) {
        self.claimStandardOutput = claimStandardOutput
        self.serve = serve
    }
}

/// What the MCP server is given: the opened engine and store, and how to log.
public struct MCPContext: Sendable {
    public let engine: QuestionEngine
    public let store: FactStore
    /// The descriptor ``MCPService`` claimed for protocol messages.
    public let output: Int32
    /// The program's version, as `dossier --version` prints it.
    public let version: String
    /// Whether `-v` asked for every log line, not only problems.
    public let verbose: Bool
    /// Writes one line to standard error, sanitised and prefixed with `dossier mcp: `.
    public let logLine: @Sendable (String) -> Void
}
