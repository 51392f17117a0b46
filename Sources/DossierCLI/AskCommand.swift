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
            let session = try Session(options: options)
            try await session.ask(words.joined(separator: " "))
        }
    }
}

typealias AskCommand = Dossier.AskCommand
