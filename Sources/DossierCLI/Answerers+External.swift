import DossierBuiltIns
import DossierEngine
import DossierExternal
import DossierKit
import Logging

extension Answerers {
    /// The registered answerers followed by every out-of-process answerer found in the
    /// plugin directories (see ``PluginDiscovery``). A plugin that fails its handshake is
    /// skipped with a warning; each one started is logged at info level.
    static func all(pluginDirectory: String?, paths: DossierPaths, environment: [String: String], logger: Logger) async -> [any Answerer] {
        let registered = builtIn()
        let discovery = PluginDiscovery(
            pluginDirectory: pluginDirectory, dataPluginDirectory: paths.pluginDirectory, environment: environment)
        let external = await discovery.load(taken: Set(registered.map(\.name)), logger: logger) { message in
            logger.warning("\(message)")
        }
        for plugin in external {
            logger.info("started plugin '\(plugin.name)' \(plugin.version) (\(plugin.path))", metadata: ["plugin": "\(plugin.name)"])
        }
        return registered + external
    }

    /// Where an answerer comes from, as `dossier plugins` shows it: shipped with Dossier
    /// (one of ``BuiltInAnswerers/all``), a Swift module the program was built with, or an
    /// executable found on disk.
    static func origin(of answerer: any Answerer) -> Origin {
        if let external = answerer as? ExternalAnswerer { return Origin(kind: "external", detail: external.path) }
        if BuiltInAnswerers.contains(answerer) { return Origin(kind: "built-in", detail: nil) }
        let module = String(reflecting: type(of: answerer)).split(separator: ".").first.map(String.init) ?? ""
        return Origin(kind: "swift", detail: module)
    }

    /// An answerer's origin: `built-in`, `swift` (with its module) or `external` (with its path).
    struct Origin: Sendable, Equatable {
        var kind: String
        var detail: String?

        /// As the text listing writes it: `built-in`, `Swift, CultureAnswerer`, `external, /path`.
        var text: String {
            switch kind {
            case "swift": "Swift, \(detail ?? "")"
            case "external": "external, \(detail ?? "")"
            default: kind
            }
        }
    }
}
