import CLibedit
import SystemPackage

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

    /// All of `text`, retrying short and interrupted writes; a terminal that went away
    /// loses the rest (there is nobody to tell).
    private static func writeAll(_ text: String, to descriptor: Int32) {
        _ = try? FileDescriptor(rawValue: descriptor).writeAll(Array(text.utf8))
    }
}
