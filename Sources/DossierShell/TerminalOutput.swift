import CLibedit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes straight to the terminal's file descriptors, unbuffered, so the shell's own
/// output and libedit's interleave in order.
enum TerminalOutput {
    /// Writes `text` to standard output.
    static func write(_ text: String) { writeAll(text, to: STDOUT_FILENO) }

    /// Writes `text` to standard error.
    static func writeError(_ text: String) { writeAll(text, to: STDERR_FILENO) }

    /// The terminal's width in columns, or nil when standard output is not a terminal.
    static func columns() -> Int? {
        let columns = Int(dossier_terminal_columns(STDOUT_FILENO))
        return columns > 0 ? columns : nil
    }

    private static func writeAll(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let count = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return }
            bytes = bytes.dropFirst(count)
        }
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#else
private let systemWrite = Darwin.write
#endif
