import Foundation
import Testing

/// The real `dossier` binary started on a pseudo-terminal with its own temporary data
/// and state directories, no colour, and TERM=xterm.
struct ShellSession {
    let terminal: PseudoTerminal
    let directory: TemporaryDirectory

    /// The package's root, found from this file's path.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The binary `make test` builds before the tests run.
    static var binary: String { packageRoot.appendingPathComponent(".build/debug/dossier").path }

    /// Where the session keeps its history.
    var historyPath: String { directory.path + "/state/dossier/history" }

    /// Starts the shell and waits for its first prompt; fails the test when the binary
    /// is missing or the prompt does not come.
    static func start(extraEnvironment: [String: String] = [:], directory: TemporaryDirectory? = nil) throws -> ShellSession {
        let binary = Self.binary
        try #require(FileManager.default.isExecutableFile(atPath: binary),
                     "\(binary) is missing: run `swift build --product dossier` (make test does) before these tests")
        let directory = try directory ?? TemporaryDirectory()
        var environment = [
            "PATH": "/usr/bin:/bin", "HOME": directory.path, "TERM": "xterm", "NO_COLOR": "1",
            "XDG_DATA_HOME": directory.path + "/data", "XDG_STATE_HOME": directory.path + "/state",
        ]
        environment.merge(extraEnvironment) { _, new in new }
        let terminal = try PseudoTerminal(executable: binary, environment: environment)
        let session = ShellSession(terminal: terminal, directory: directory)
        try #require(terminal.waitFor("dossier> "), "no prompt; the shell wrote: \(terminal.output)")
        return session
    }

    /// Types a line and Enter, then waits for `expected` in what follows.
    @discardableResult
    func type(_ line: String, expecting expected: String) -> String {
        let mark = terminal.mark
        terminal.send(line + "\r")
        let seen = terminal.waitFor(expected, after: mark)
        let output = terminal.output(after: mark)
        #expect(seen, "after typing \(line) the shell wrote: \(output)")
        return output
    }
}
