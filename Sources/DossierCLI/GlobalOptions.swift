import ArgumentParser

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Flag(name: .long, help: "Write one JSON object per answer.")
    var json = false

    @Option(name: .long, help: "The fact store to use (default: $XDG_DATA_HOME/dossier/store.sqlite).")
    var store: String?

    @Option(name: .long, help: "A directory of out-of-process answerers (dossier-answerer-NAME).")
    var pluginDir: String?

    @Option(name: .long, help: "Colour output: auto, always or never.")
    var color: ColorChoice = .auto

    @Flag(name: .shortAndLong, help: "Explain each answer on standard error: the question as read, every bid, failures.")
    var verbose = false

    @Option(
        name: .long,
        help: "What to log on standard error: trace, debug, info, notice, warning, error or critical (default: $DOSSIER_LOG_LEVEL, else warning).")
    var logLevel: LogLevelName?
}

/// When to colour output.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}
