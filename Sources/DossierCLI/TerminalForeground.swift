#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The shell's own process group in the terminal's foreground, for as long as it runs.
///
/// Ctrl-C and Ctrl-\ send their signal to the terminal's foreground process group. Started
/// by a program without job control (`make run`, `sh -c 'dossier; echo done'`), the shell
/// shares that group with its parent, so Ctrl-C, which the shell takes as "clear the line",
/// would also kill the parent. Like an interactive shell starting a job, the shell moves
/// into a group of its own and makes it the foreground one, then hands the terminal back
/// to its parent's group when it ends. Started by a job-control shell it already leads its
/// group, and nothing changes.
struct TerminalForeground {
    private let terminal: Int32
    private let parentGroup: pid_t

    /// Takes the foreground, or nil when the process leads its group already, the terminal
    /// is not ours, or the system refuses.
    init?(terminal: Int32 = STDIN_FILENO) {
        let group = getpgrp()
        guard group != getpid(), tcgetpgrp(terminal) == group else { return nil }
        guard setpgid(0, 0) == 0 else { return nil }
        self.terminal = terminal
        parentGroup = group
        Self.withoutTTOU { _ = tcsetpgrp(terminal, getpid()) }
    }

    /// Gives the foreground back to the parent's group and rejoins it.
    func restore() {
        Self.withoutTTOU { _ = tcsetpgrp(terminal, parentGroup) }
        _ = setpgid(0, parentGroup)
    }

    /// A background group that sets the foreground is sent SIGTTOU, which would stop it.
    private static func withoutTTOU(_ body: () -> Void) {
        let previous = signal(SIGTTOU, SIG_IGN)
        body()
        signal(SIGTTOU, previous)
    }
}
