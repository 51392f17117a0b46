import ArgumentParser

extension Dossier {
    /// `dossier ask "QUESTION"`: answers one question from the arguments.
    struct AskCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ask", abstract: "Answer one question given as arguments.")

        @OptionGroup var options: GlobalOptions

        @Argument(help: "The question; several words are joined with spaces.")
        var words: [String]

        func run() async throws {
            let session = try await Session(options: options, writing: false)
            defer { ProcessLifetime.keep(session) }
            // The arguments' own bytes, so a question that is not UTF-8 is an invalid-utf8 error.
            try await session.ask(Array(words.map(RawArguments.bytes(of:)).joined(separator: [UInt8(ascii: " ")])))
        }
    }
}

typealias AskCommand = Dossier.AskCommand
