import DossierKit
import Foundation

/// Finds out-of-process answerers: executables named `dossier-answerer-NAME`.
///
/// Directories are searched in order (the `--plugin-dir` directory, then
/// `$XDG_DATA_HOME/dossier/plugins`, then each directory of `PATH`); when two hold a plugin
/// of the same file name, the first wins.
public struct PluginDiscovery: Sendable {
    /// The prefix every plugin executable's file name starts with.
    public static let prefix = "dossier-answerer-"

    /// The directories searched, in order.
    public var directories: [String]

    /// Searches these directories, in order.
    public init(directories: [String]) {
        self.directories = directories
    }

    /// Searches the plugin directory given on the command line (if any), the data
    /// directory's `plugins` folder, then `PATH` from the environment.
    public init(pluginDirectory: String?, dataPluginDirectory: String, environment: [String: String]) {
        let path = (environment["PATH"] ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
        self.init(directories: (pluginDirectory.map { [$0] } ?? []) + [dataPluginDirectory] + path)
    }

    /// Paths of the plugin executables found, sorted by name within each directory.
    public func executables() -> [String] {
        var seen = Set<String>()
        var found: [String] = []
        for directory in directories {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for name in names.sorted() where name.hasPrefix(Self.prefix) && name.count > Self.prefix.count {
                let path = (directory as NSString).appendingPathComponent(name)
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                      FileManager.default.isExecutableFile(atPath: path), seen.insert(name).inserted else { continue }
                found.append(path)
            }
        }
        return found
    }

    /// Starts every plugin found and returns those that completed the handshake.
    ///
    /// A plugin that fails the handshake, or whose name is already in `taken` (a built-in
    /// answerer or an earlier plugin), is skipped with one message to `report`.
    public func load(
        limits: PluginLimits = PluginLimits(), taken: Set<String>, report: @escaping @Sendable (String) -> Void
    ) -> [ExternalAnswerer] {
        var names = taken
        var loaded: [ExternalAnswerer] = []
        for path in executables() {
            do {
                let answerer = try ExternalAnswerer(path: path, limits: limits, report: report)
                guard names.insert(answerer.name).inserted else {
                    report("plugin \(path) was skipped: an answerer named '\(answerer.name)' is already registered")
                    continue
                }
                loaded.append(answerer)
            } catch {
                report("plugin \(path) was skipped: \(error.message)")
            }
        }
        return loaded
    }
}
