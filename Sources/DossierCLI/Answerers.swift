import DossierKit

/// The Swift answerers the program was started with (see ``DossierCLI/main(answerers:)``).
enum Answerers {
    /// Set once by ``DossierCLI/main(answerers:)`` for the whole run.
    @TaskLocal static var registered: [any Answerer] = []
    /// The MCP server, in the program that links it (`dossier-mcp`); nil in `dossier`.
    @TaskLocal static var mcp: MCPService?

    static func builtIn() -> [any Answerer] { registered }
}
