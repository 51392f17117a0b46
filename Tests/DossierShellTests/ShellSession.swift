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
    /// is missing or the prompt does not come. Without `directory` the session makes its
    /// own, which ``end()`` removes (or this, when the shell does not start).
    static func start(extraEnvironment: [String: String] = [:], directory: TemporaryDirectory? = nil) async throws -> ShellSession {
        let binary = Self.binary
        try #require(FileManager.default.isExecutableFile(atPath: binary),
                     "\(binary) is missing: run `swift build --product dossier` (make test does) before these tests")
        let madeHere = directory == nil
        let directory = try directory ?? TemporaryDirectory()
        var environment = [
            "PATH": "/usr/bin:/bin", "HOME": directory.path, "TERM": "xterm", "NO_COLOR": "1",
            "XDG_DATA_HOME": directory.path + "/data", "XDG_STATE_HOME": directory.path + "/state",
        ]
        environment.merge(extraEnvironment) { _, new in new }
        do {
            let terminal = try PseudoTerminal(executable: binary, environment: environment)
            let session = ShellSession(terminal: terminal, directory: directory)
            try #require(await terminal.waitFor("dossier> "), "no prompt; the shell wrote: \(terminal.output)")
            return session
        } catch {
            // The terminal went with the block above, and the shell with it.
            if madeHere { directory.remove() }
            throw error
        }
    }

    /// Ends the shell, if it still runs, and then removes the session's directory.
    func end() {
        terminal.end()
        directory.remove()
    }

    /// Types a line and Enter, then waits for `expected` and for the next prompt, so
    /// that keys sent next reach the line editor rather than the terminal's own line
    /// discipline.
    @discardableResult
    func type(_ line: String, expecting expected: String) async -> String {
        let mark = terminal.mark
        terminal.send(line + "\r")
        let seen = await terminal.waitFor(expected, after: mark)
        #expect(seen, "after typing \(line) the shell wrote: \(terminal.output(after: mark))")
        await waitForPrompt(after: mark)
        return terminal.output(after: mark)
    }

    /// Waits for a prompt after the byte offset `mark`.
    func waitForPrompt(after mark: Int) async {
        let seen = await terminal.waitFor("dossier> ", after: mark)
        #expect(seen, "no prompt came back: \(terminal.output(after: mark))")
    }
}
