import ArgumentParser
import DossierKit
import DossierOutput
import Foundation

extension Dossier {
    /// `dossier mcp`: serves Dossier to AI agents as a Model Context Protocol server on
    /// standard input and output.
    struct MCPCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "mcp",
            abstract: "Serve Dossier over the Model Context Protocol on standard input and output.",
            discussion: """
                Tools: ask, search, timeline, sources; resources: dossier://source/ID. Same store, answerers and \
                plugins as every other command (--store, --plugin-dir). Standard output carries only protocol \
                messages; logs go to standard error. Register it with a client as the command `dossier mcp`. \
                The server is the program dossier-mcp, installed beside dossier.
                """)

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            guard let service = Answerers.mcp else { try MCPLauncher.exec() }
            let output: Int32
            do {
                output = try service.claimStandardOutput()
            } catch {
                throw Failure(DossierError(.io, "dossier mcp: \(error)"))
            }
            let session = try await Session(options: options)
            let context = MCPContext(
                engine: session.engine, store: session.store, output: output, version: Dossier.configuration.version,
                verbose: options.verbose, logLine: MCPCommand.logLine)
            do {
                try await service.serve(context)
            } catch {
                throw Failure(DossierError(.io, "dossier mcp: \(error)"))
            }
        }

        /// One log line on standard error, sanitised.
        static func logLine(_ line: String) {
            FileHandle.standardError.write(Data(("dossier mcp: " + TerminalSanitizer.clean(line) + "\n").utf8))
        }
    }
}

typealias MCPCommand = Dossier.MCPCommand
