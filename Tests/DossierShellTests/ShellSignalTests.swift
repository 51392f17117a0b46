import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Signals sent to the shell end it alone and leave the terminal as it was (issue 13,
/// item 5); plugins cannot reach the terminal (item 2).
///
/// One at a time, and with waits of minutes: on a loaded machine a shell may take long
/// to show its prompt, and each test waits for what it expects, never for a clock.
@Suite(.serialized)
struct ShellSignalTests {
    /// As long as a loaded machine may need to show a prompt or an answer.
    static let patience = 180.0

    /// The shell on a pseudo-terminal, waited for with ``patience``.
    private static func startShell(_ directory: TemporaryDirectory) async throws -> ShellSession {
        let binary = ShellSession.binary
        try #require(FileManager.default.isExecutableFile(atPath: binary), "\(binary) is missing: build it first")
        let environment = [
            "PATH": "/usr/bin:/bin", "HOME": directory.path, "TERM": "xterm", "NO_COLOR": "1",
            "XDG_DATA_HOME": directory.path + "/data", "XDG_STATE_HOME": directory.path + "/state",
        ]
        let terminal = try PseudoTerminal(executable: binary, environment: environment)
        try #require(await terminal.waitFor("dossier> ", timeout: patience), "no prompt; the shell wrote: \(terminal.output)")
        return ShellSession(terminal: terminal, directory: directory)
    }

    /// Types a line and waits for `expected` and the next prompt.
    private static func type(_ line: String, into session: ShellSession, expecting expected: String) async -> String {
        let mark = session.terminal.mark
        session.terminal.send(line + "\r")
        #expect(await session.terminal.waitFor(expected, after: mark, timeout: patience), "\(session.terminal.output(after: mark).suffix(500))")
        #expect(await session.terminal.waitFor("dossier> ", after: mark, timeout: patience))
        return session.terminal.output(after: mark)
    }

    /// `sh -c 'dossier; stty -a; echo AFTER $?'` on a pseudo-terminal, so what happens to the
    /// parent shell and to the terminal's modes can be seen.
    private static func startUnderSh(_ directory: TemporaryDirectory, jobControl: Bool = false) async throws -> PseudoTerminal {
        let binary = ShellSession.binary
        try #require(FileManager.default.isExecutableFile(atPath: binary), "\(binary) is missing: build it first")
        let environment = [
            "PATH": "/usr/bin:/bin", "HOME": directory.path, "TERM": "xterm", "NO_COLOR": "1",
            "XDG_DATA_HOME": directory.path + "/data", "XDG_STATE_HOME": directory.path + "/state",
        ]
        let script = "'\(binary)'; echo STATUS $?; stty -a; echo AFTER"
        let terminal = try PseudoTerminal(
            executable: "/bin/sh", arguments: (jobControl ? ["-m"] : []) + ["-c", script], environment: environment)
        try #require(await terminal.waitFor("dossier> ", timeout: patience), "no prompt; the shell wrote: \(terminal.output)")
        return terminal
    }

    /// The `dossier` process started by `sh` (pid `parent`).
    private static func child(of parent: pid_t) throws -> pid_t {
        for name in try FileManager.default.contentsOfDirectory(atPath: "/proc") {
            guard let pid = pid_t(name), let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, pid_t(fields[1]) == parent { return pid }
        }
        throw TestFailure(description: "sh (\(parent)) has no child")
    }

    struct TestFailure: Error, CustomStringConvertible { var description: String }

    @Test(arguments: [SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGALRM, SIGXCPU])
    func aSignalEndsTheShellAloneAndTheTerminalIsRestored(signal: Int32) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let terminal = try await Self.startUnderSh(directory)
        let dossier = try Self.child(of: terminal.processID)
        let mark = terminal.mark

        #expect(kill(dossier, signal) == 0)

        let after = await terminal.waitFor("AFTER", after: mark, timeout: Self.patience)
        #expect(after, "the parent sh did not go on after signal \(signal): \(terminal.output(after: mark))")
        let output = terminal.output(after: mark)
        #expect(output.contains("STATUS \(128 + signal)"), "\(output)")
        // stty -a lists "echo" and "icanon" when set, "-echo" and "-icanon" when not.
        let words = Set(output.split(whereSeparator: { $0 == " " || $0 == ";" || $0.isNewline }).map(String.init))
        #expect(words.contains("echo") && !words.contains("-echo"), "echo is off after signal \(signal): \(output)")
        #expect(words.contains("icanon") && !words.contains("-icanon"), "canonical mode is off after signal \(signal): \(output)")
    }

    @Test func ctrlZStopsTheShellAloneWithTheTerminalRestored() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        // Job control (-m), so the shell runs in a process group Ctrl-Z may stop (the kernel
        // does not stop an orphaned group); sh goes on once its job has stopped.
        let terminal = try await Self.startUnderSh(directory, jobControl: true)
        let dossier = try Self.child(of: terminal.processID)
        defer { kill(dossier, SIGKILL) }
        let mark = terminal.mark

        terminal.send("\u{1A}")

        #expect(await terminal.waitFor("AFTER", after: mark, timeout: Self.patience), "sh did not go on: \(terminal.output(after: mark))")
        let output = terminal.output(after: mark)
        let words = Set(output.split(whereSeparator: { $0 == " " || $0 == ";" || $0.isNewline }).map(String.init))
        #expect(words.contains("echo") && !words.contains("-echo"), "echo is off after Ctrl-Z: \(output)")
        // sh reports a stopped job as 128 + SIGTSTP.
        #expect(output.contains("STATUS \(128 + SIGTSTP)"), "\(output)")
    }

    @Test func aPluginCannotOpenTheTerminal() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let plugins = directory.path + "/data/dossier/plugins"
        try FileManager.default.createDirectory(atPath: plugins, withIntermediateDirectories: true)
        let script = #"""
            #!/usr/bin/env python3
            import json, os, sys
            def send(obj):
                sys.stdout.write(json.dumps(obj) + "\n"); sys.stdout.flush()
            for line in sys.stdin:
                msg = json.loads(line)
                if msg["type"] == "hello":
                    send({"type": "manifest", "protocol": "1.0", "name": "ttygrab", "version": "0.1"})
                    continue
                try:
                    tty = os.open("/dev/tty", os.O_WRONLY)
                    os.write(tty, b"\x1b]0;PWNED\x07PLUGIN-ON-TTY\n")
                    said = "opened the terminal"
                except OSError as error:
                    said = "no terminal: " + error.strerror
                fact = msg["facts"][0]
                send({"type": "bids", "id": msg["id"], "bids": [{"confidence": 0.99, "answer": "ttygrab " + said, "citations": [fact["id"]]}]})
            """#
        let path = plugins + "/dossier-answerer-ttygrab"
        try Data(script.utf8).write(to: URL(fileURLWithPath: path))
        #expect(chmod(path, 0o755) == 0)
        let session = try await Self.startShell(directory)

        let output = await Self.type("when did Russia open its embassy?", into: session, expecting: "ttygrab")

        #expect(output.contains("ttygrab no terminal"), "\(output)")
        #expect(!output.contains("PLUGIN-ON-TTY"))
        #expect(!output.contains("PWNED"))
    }

    @Test func aLineOverTheQuestionLimitIsRefusedAsInBatchMode() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let session = try await Self.startShell(directory)
        let line = String(repeating: "a", count: 17 * 1024)
        let output = await Self.type(line, into: session, expecting: "line-too-long")
        #expect(output.contains("at most 16384 bytes"), "\(output.suffix(300))")
    }
}
