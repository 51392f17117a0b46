// `dossier-mcp`: Dossier with the MCP server linked in; `dossier mcp` execs it from beside
// itself with its own arguments, so it parses them as `dossier` does. A package that builds
// its own `dossier` builds its own `dossier-mcp` the same way, with the same answerers.
import DossierBuiltIns
import DossierCLI
import DossierMCP

let service = MCPService(claimStandardOutput: MCPServer.claimStandardOutput) { context in
    let verbose = context.verbose, logLine = context.logLine
    let server = MCPServer(
        engine: context.engine, store: context.store, version: context.version,
        log: { line in if verbose || line.isProblem { logLine(line.text) } })
    try await server.run(output: context.output)
}
await DossierCLI.main(answerers: BuiltInAnswerers.all, mcp: service)
