import DossierKit
import Foundation
public import Logging

/// Finds out-of-process answerers: executables named `dossier-answerer-NAME`.
///
/// Directories are searched in order (the `--plugin-dir` directory, then
/// `$XDG_DATA_HOME/dossier/plugins`, then each directory of `PATH`); when two hold a plugin
/// of the same file name, the first wins.
///
/// A plugin runs with the user's rights, so one that someone else could have put there
/// is not run (see ``PluginTrust``): each such file is skipped with one message saying why,
/// as are files with the prefix that are not executable or are folders. Relative entries of
/// `PATH` (`.`, empty, `bin`) are skipped with a message, as Go's `exec.LookPath` refuses them.
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
        let path = (environment["PATH"] ?? "").split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        self.init(directories: (pluginDirectory.map { [$0] } ?? []) + [dataPluginDirectory] + path)
        searchedPath = Set(path)
        givenDirectory = pluginDirectory
    }

    /// The `--plugin-dir` directory, which must exist: a mistyped one is said, not ignored.
    private var givenDirectory: String?

    /// The entries that came from `PATH`, where a relative one is skipped.
    private var searchedPath: Set<String> = []

    /// Paths of the plugin executables found, sorted by name within each directory; every
    /// candidate skipped is reported once through `report`, with the reason.
    public func executables(report: (String) -> Void = { _ in }) -> [String] {
        var seen = Set<String>()
        var found: [String] = []
        if let givenDirectory {
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: givenDirectory, isDirectory: &isDirectory) {
                report("--plugin-dir \(givenDirectory): no such folder; no plugins were loaded from it")
            } else if !isDirectory.boolValue {
                report("--plugin-dir \(givenDirectory): not a folder; give the folder that holds dossier-answerer-NAME files")
            }
        }
        for directory in directories {
            if searchedPath.contains(directory) && !directory.hasPrefix("/") {
                let shown = directory.isEmpty ? "an empty entry (the current directory)" : "'\(directory)'"
                if Self.holdsPlugins(directory.isEmpty ? "." : directory) {
                    report("PATH holds \(shown), which is relative: plugins there were not run; use absolute paths in PATH")
                }
                continue
            }
            for name in Self.prefixedNames(in: directory).sorted() where name.count > Self.prefix.count {
                let path = (directory as NSString).appendingPathComponent(name)
                guard !seen.contains(name) else { continue }
                switch PluginTrust.verdict(path: path, folder: directory) {
                case .refuse(let reason):
                    report("plugin \(path) was skipped: \(reason)")
                    continue
                case .runWithWarning(let warning):
                    report("warning: plugin \(path): \(warning)")
                case .run:
                    break
                }
                seen.insert(name)
                found.append(path)
            }
        }
        return found
    }

    private static func holdsPlugins(_ directory: String) -> Bool {
        !prefixedNames(in: directory).isEmpty
    }

    /// The names in a folder that start with ``prefix``, in no order; none when it cannot be
    /// read. Read with `readdir`, and only those names made into strings: a `PATH` folder
    /// such as /usr/bin holds thousands of files, and listing them all through
    /// `FileManager` was a noticeable part of every start-up.
    static func prefixedNames(in directory: String) -> [String] {
        guard let folder = opendir(directory) else { return [] }
        defer { closedir(folder) }
        let wanted = Array(prefix.utf8)
        var names: [String] = []
        while let entry = readdir(folder) {
            let name: String? = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                guard raw.count > wanted.count, zip(raw, wanted).allSatisfy({ $0 == $1 }) else { return nil }
                let length = raw.firstIndex(of: 0) ?? raw.count
                return String(decoding: raw[..<length], as: UTF8.self)
            }
            if let name { names.append(name) }
        }
        return names
    }

    /// Starts every plugin found and returns those that completed the handshake.
    ///
    /// A plugin that fails the handshake, or whose name is already in `taken` (a built-in
    /// answerer or an earlier plugin), is skipped with one message to `report`.
    public func load(
        limits: PluginLimits = PluginLimits(), taken: Set<String>, logger: Logger = Logger(label: "dossier.plugins"),
        report: @escaping @Sendable (String) -> Void
    ) async -> [ExternalAnswerer] {
        var names = taken
        var loaded: [ExternalAnswerer] = []
        let refuse: (String) -> Void = { message in
            logger.debug("\(message)")
            report(message)
        }
        for path in executables(report: refuse) {
            do {
                let answerer = try await ExternalAnswerer(path: path, limits: limits, logger: logger, report: report)
                guard names.insert(answerer.name).inserted else {
                    refuse("plugin \(path) was skipped: an answerer named '\(answerer.name)' is already registered")
                    continue
                }
                loaded.append(answerer)
            } catch {
                refuse("plugin \(path) was skipped: \(error.message)")
            }
        }
        return loaded
    }
}
