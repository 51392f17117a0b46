import ArgumentParser
public import DossierKit
import DossierLanguage
import DossierOutput
import Foundation

/// The `dossier` program as a library: an executable hands it its answerers and calls
/// ``main(answerers:)``, which parses the command line and runs the command.
///
/// A package of its own answerers builds its own `dossier` with one line:
/// `await DossierCLI.main(answerers: BuiltInAnswerers.all + [MyAnswerer()])`.
public enum DossierCLI {
    /// Runs the command and turns a ``Failure`` into its message and exit status; every
    /// other error is ArgumentParser's, which keeps 64 for usage errors.
    ///
    /// - Parameters:
    ///   - answerers: the Swift answerers, in the order they are asked; out-of-process
    ///     plugins found on disk are added after them.
    ///   - mcp: the MCP server, given only by the program that serves it (`dossier-mcp`,
    ///     whose `main` passes `MCPServer.service`); without it `dossier mcp` execs
    ///     `dossier-mcp` from beside this executable, so a program that answers questions
    ///     does not load the MCP SDK and the networking libraries it pulls in.
    public static func main(answerers: [any Answerer], mcp: MCPService? = nil) async {
        StandardError.secureStandardDescriptors()
        await Answerers.$mcp.withValue(mcp) { await run(answerers: answerers) }
    }

    private static func run(answerers: [any Answerer]) async {
        await Answerers.$registered.withValue(answerers) {
            // Every command but help and version reads text with the bundled tables: they
            // are built on another core while the command line is parsed and the store
            // opens, and whoever needs one first waits for it.
            if !CommandLine.arguments.dropFirst().contains(where: Self.onlyPrints) {
                Task.detached(priority: .userInitiated) { BundledTables.build() }
            }
            do {
                var command = try Dossier.parseAsRoot()
                let environment = ProcessInfo.processInfo.environment
                let options = (command as? any DossierCommand)?.options
                let log = LogSettings.level(option: options?.logLevel, environment: environment)
                LogSettings.bootstrap(level: log.level)
                if let complaint = log.complaint { StandardError.line("dossier: " + complaint) }
                if var asyncCommand = command as? any AsyncParsableCommand {
                    try await asyncCommand.run()
                } else {
                    try command.run()
                }
            } catch let failure as Failure {
                StandardError.write(failure.description + "\n")
                exit(ExitStatus.of(failure.error.code).rawValue)
            } catch let code as ExitCode {
                // A command's own status has no message; ArgumentParser's report of it
                // would build one (and its help metadata) only to print nothing.
                exit(code.rawValue)
            } catch {
                exit(report(error))
            }
        }
    }

    /// True for an argument that makes ArgumentParser print help, a version or a
    /// completion script instead of running a command.
    static func onlyPrints(_ argument: String) -> Bool {
        ["-h", "--help", "help", "--version", "--generate-completion-script", "--experimental-dump-help"].contains(argument)
    }

    /// Prints ArgumentParser's message for `error` (help and version on standard output,
    /// the rest on standard error, sanitized line by line: a usage error repeats what was
    /// typed, and a file name can hold an escape sequence) and returns the exit status.
    static func report(_ error: any Error) -> Int32 {
        let code = Dossier.exitCode(for: error)
        let message = Dossier.fullMessage(for: error)
        guard !message.isEmpty else { return code.rawValue }
        if code == .success {
            try? OutputChannel(descriptor: STDOUT_FILENO).write(message + "\n")
        } else {
            StandardError.write(sanitized(message))
        }
        return code.rawValue
    }

    /// A message of ArgumentParser's, each line sanitized.
    static func sanitized(_ message: String) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false)
            .map { TerminalSanitizer.clean(String($0)) }.joined(separator: "\n") + "\n"
    }
}

/// A command that takes the global options.
protocol DossierCommand {
    var options: GlobalOptions { get }
}

extension Dossier: DossierCommand {}
extension Dossier.AskCommand: DossierCommand {}
extension Dossier.SourcesCommand: DossierCommand {}
extension Dossier.PluginsCommand: DossierCommand {}
extension Dossier.EvalCommand: DossierCommand {}
extension Dossier.IngestCommand: DossierCommand {}
extension Dossier.ForgetCommand: DossierCommand {}
extension Dossier.CheckCommand: DossierCommand {}
