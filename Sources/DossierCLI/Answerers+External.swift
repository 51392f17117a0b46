import DossierEngine
import DossierExternal
import DossierKit
import Foundation
import DossierOutput

extension Answerers {
    /// The registered answerers followed by every out-of-process answerer found in the
    /// plugin directories (see ``PluginDiscovery``). Plugins that fail their handshake are
    /// skipped with a message on standard error.
    static func all(pluginDirectory: String?, paths: DossierPaths, environment: [String: String]) -> [any Answerer] {
        let registered = builtIn()
        let discovery = PluginDiscovery(
            pluginDirectory: pluginDirectory, dataPluginDirectory: paths.pluginDirectory, environment: environment)
        let external = discovery.load(taken: Set(registered.map(\.name)), report: reportOnStandardError)
        return registered + external
    }

    /// Where an answerer comes from, as `dossier plugins` shows it.
    static func origin(of answerer: any Answerer) -> String {
        if let external = answerer as? ExternalAnswerer { return "external, \(external.path)" }
        let module = String(reflecting: type(of: answerer)).split(separator: ".").first.map(String.init) ?? ""
        return builtInModules.contains(module) ? "built-in" : "Swift, \(module)"
    }

    /// The modules of the answerers under Plugins/, shipped with Dossier.
    private static let builtInModules: Set<String> = [
        "TimelinePlugin", "TradePlugin", "VisitsPlugin", "StancePlugin", "GeneralPlugin", "PassagePlugin",
    ]
}

/// Writes a plugin's message to standard error, sanitized, since part of it comes from the plugin.
@Sendable private func reportOnStandardError(_ message: String) {
    FileHandle.standardError.write(Data(("dossier: " + TerminalSanitizer.clean(message) + "\n").utf8))
}
