import ArgumentParser

/// The `dossier` command: the shell on a terminal, scripting mode otherwise, and the
/// subcommands.
struct Dossier: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Answers questions about Guatemala's foreign relations from cited facts.",
        discussion: """
            On a terminal, `dossier` opens a shell. With questions on standard input it answers \
            one per line. Exit status: 0 something answered, 1 nothing answered, 64 usage, 65 bad input, \
            70 internal error, 74 I/O error.
            """,
        version: "0.1.0",
        subcommands: [AskCommand.self, SourcesCommand.self, PluginsCommand.self, EvalCommand.self, IngestCommand.self, ForgetCommand.self, CheckCommand.self, TimelineCommand.self, MCPCommand.self]
    )

    @OptionGroup var options: GlobalOptions

    func run() async throws {
        let session = try await Session(options: options, writing: false)
        if Terminal.isInteractive {
            try await session.runShell()
        } else {
            defer { ProcessLifetime.keep(session) }
            try await session.runBatch()
        }
    }
}
