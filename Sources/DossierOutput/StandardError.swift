#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way Dossier writes to standard error: sanitized text, and a write that never
/// traps. When standard error is closed, full, or a pipe whose reader left, the message
/// is lost and the program goes on, as `cat` and `grep` do; what matters (the exit status
/// and standard output) does not depend on it.
public enum StandardError {
    /// Writes `text` as it is; the caller has sanitized anything from outside.
    public static func write(_ text: String) {
        try? OutputChannel(descriptor: STDERR_FILENO).write(text)
    }

    /// Writes one line, sanitized: escapes, controls and line breaks in `line` cannot
    /// reach the terminal.
    public static func line(_ line: String) {
        write(TerminalSanitizer.clean(line) + "\n")
    }

    /// Fills the standard descriptors that are closed with `/dev/null` opened read-only, so
    /// that no file the program opens later (the store, a document) becomes descriptor 0, 1
    /// or 2 and receives what was meant for the terminal (OpenSSH and SQLite guard the same
    /// way). Read-only, so writing to a closed standard output still fails, with EBADF, as
    /// it would have: `ls >&-` reports a write error too. Call before opening anything.
    /// Ignores SIGPIPE, so a reader that leaves shows up as EPIPE.
    public static func secureStandardDescriptors() {
        signal(SIGPIPE, SIG_IGN)
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 {
            let null = open("/dev/null", O_RDONLY)
            if null >= 0 && null != descriptor {
                dup2(null, descriptor)
                close(null)
            }
        }
    }
}
