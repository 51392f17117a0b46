import Foundation
import Testing

/// The shell started by a program without job control, as `make run` starts it: Ctrl-C
/// clears the shell's line and must not reach the parent, which goes on after the shell.
struct ShellUnderAParentTests {
    @Test func ctrlCInTheShellLeavesItsParentRunning() async throws {
        let binary = ShellSession.binary
        try #require(FileManager.default.isExecutableFile(atPath: binary), "\(binary) is missing: run `swift build --product dossier`")
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let environment = [
            "PATH": "/usr/bin:/bin", "HOME": directory.path, "TERM": "xterm", "NO_COLOR": "1",
            "XDG_DATA_HOME": directory.path + "/data", "XDG_STATE_HOME": directory.path + "/state",
            "DOSSIER": binary,
        ]
        let terminal = try PseudoTerminal(
            executable: "/bin/sh", arguments: ["-c", #""$DOSSIER"; echo "parent went on after status $?""#],
            environment: environment)
        try #require(await terminal.waitFor("dossier> "), "no prompt: \(terminal.output)")

        let mark = terminal.mark
        terminal.send("half a question\u{03}")
        #expect(await terminal.waitFor("dossier> ", after: mark), "no fresh prompt after Ctrl-C: \(terminal.output(after: mark))")
        terminal.send("\u{04}")

        #expect(await terminal.waitFor("parent went on after status 0"), "output: \(terminal.output)")
        #expect(await terminal.waitForExit() == 0)
    }
}
