public import DossierCLI

extension MCPService {
    /// Dossier's MCP server over stdio, for a `dossier-mcp` executable to hand to
    /// `DossierCLI.main(answerers:mcp:)` with the same answerers as its `dossier`.
    public static let server = MCPService(claimStandardOutput: MCPServer.claimStandardOutput) { context in
        let verbose = context.verbose, logLine = context.logLine
        let server = MCPServer(
            engine: context.engine, store: context.store, version: context.version,
            log: { line in if verbose || line.isProblem { logLine(line.text) } })
        try await server.run(output: context.output)
    }
}
