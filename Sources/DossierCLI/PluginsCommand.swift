import ArgumentParser

extension Dossier {
    /// `dossier plugins`: lists the registered answerers with their example questions.
    struct PluginsCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "plugins", abstract: "List the answerers and their example questions.")

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            try await Session(options: options).listPlugins()
        }
    }
}

typealias PluginsCommand = Dossier.PluginsCommand
