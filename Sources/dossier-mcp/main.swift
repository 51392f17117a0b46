// `dossier-mcp`: Dossier with the MCP server linked in; `dossier mcp` execs it from beside
// itself with its own arguments, so it parses them as `dossier` does. A package that builds
// its own `dossier` builds its own `dossier-mcp` the same way, with the same answerers.
import DossierBuiltIns
import DossierCLI
import DossierMCP

await DossierCLI.main(answerers: BuiltInAnswerers.all, mcp: .server)
