import DossierKit

/// The history of one shell session: the entries loaded at start, each new line added
/// and written back at once, and at most one warning about the file per session.
///
/// A file that cannot be read, or is not text, is left alone for the whole session:
/// the shell goes on with an empty history kept in memory, so nothing a user could
/// still rescue is overwritten. A file that cannot be written is reported once and
/// tried again with each new line.
public struct ShellHistory {
    /// The entries, oldest first.
    public private(set) var entries: [String]
    private let file: HistoryFile
    private let writable: Bool
    private var warned = false
    private let warn: (String) -> Void

    /// Loads the history from `file`; a problem is reported once through `warn`.
    public init(file: HistoryFile, warn: @escaping (String) -> Void) {
        self.file = file
        self.warn = warn
        do {
            entries = try file.load()
            writable = true
        } catch {
            entries = []
            writable = false
            warned = true
            warn("warning: \(error.message). This session's history will not be saved.")
        }
    }

    /// Adds a line as the newest entry and saves the history; blank lines are ignored.
    public mutating func add(_ line: String) {
        guard !line.isEmpty else { return }
        entries = HistoryFile.normalized(entries + [line], limit: file.limit)
        guard writable else { return }
        do {
            try file.save(entries)
        } catch {
            // The old file is still whole; later lines try again, without another warning.
            if !warned {
                warned = true
                warn("warning: \(error.message). This session's history will not be saved.")
            }
        }
    }
}
