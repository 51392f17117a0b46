import ArgumentParser

extension Dossier {
    /// `dossier sources`: lists the sources in the store.
    struct SourcesCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "sources", abstract: "List the sources in the store.")

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Session(options: options, use: .storing, writing: false).listSources()
        }
    }
}

typealias SourcesCommand = Dossier.SourcesCommand
