import CultureAnswerer
import DossierBuiltIns
import DossierCLI
import DossierMCP

// `dossier mcp` execs this program from beside `dossier`: the same answerers, in the same
// order, behind the MCP server.
await DossierCLI.main(answerers: [CultureAnswerer()] + BuiltInAnswerers.all, mcp: .server)
