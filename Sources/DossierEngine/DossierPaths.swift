/// Where Dossier keeps its files, following the XDG base directory rules:
/// the store under `$XDG_DATA_HOME/dossier`, history under `$XDG_STATE_HOME/dossier`,
/// with the usual fallbacks under `~/.local/`.
public struct DossierPaths: Sendable, Equatable {
    /// The fact store.
    public var store: String
    /// The shell's history file.
    public var history: String
    /// Where out-of-process answerers are looked for first.
    public var pluginDirectory: String

    /// Resolves the paths from an environment (pass `ProcessInfo.processInfo.environment`).
    public init(environment: [String: String]) {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        func base(_ variable: String, fallback: String) -> String {
            // The spec says relative values are invalid and must be ignored.
            if let value = environment[variable], value.hasPrefix("/") { return value }
            return home + "/" + fallback
        }
        let data = base("XDG_DATA_HOME", fallback: ".local/share") + "/dossier"
        let state = base("XDG_STATE_HOME", fallback: ".local/state") + "/dossier"
        store = data + "/store.sqlite"
        history = state + "/history"
        pluginDirectory = data + "/plugins"
    }
}
