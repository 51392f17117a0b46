import DossierKit
import Foundation

/// Starts `dossier-mcp`, the program that serves MCP, from beside the running `dossier`,
/// with the same arguments: it parses them as `dossier` does and serves with the same
/// store, answerers and plugins.
enum MCPLauncher {
    /// The name of the program, installed beside `dossier` (`make install` does).
    static let programName = "dossier-mcp"

    /// Replaces this process with `dossier-mcp`; returns only by throwing.
    static func exec() throws -> Never {
        let program = try location()
        let arguments = [program] + CommandLine.arguments.dropFirst()
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        execv(program, &argv)
        let reason = String(cString: strerror(errno))
        throw Failure(DossierError(.io, "dossier mcp: cannot start \(program): \(reason)"))
    }

    /// `dossier-mcp` in the folder of this executable, or of the file it links to.
    static func location() throws -> String {
        let executable = Bundle.main.executablePath.map { URL(fileURLWithPath: $0) }
        let folders = [executable?.deletingLastPathComponent(), executable?.resolvingSymlinksInPath().deletingLastPathComponent()]
        for folder in folders.compactMap(\.self) {
            let candidate = folder.appendingPathComponent(programName).path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        let looked = folders.compactMap { $0?.path }.first ?? "the folder of dossier"
        throw Failure(DossierError(
            .io,
            "dossier mcp is served by the program \(programName), and there is none in \(looked): "
                + "build it with `swift build --product \(programName)`, or install both with `make install`"))
    }
}
