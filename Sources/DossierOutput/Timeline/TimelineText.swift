import DossierKit

/// A timeline as text, the list the shell's `:timeline` prints: one line per event, its
/// date padded to a column, the statement and its citations, sanitised for a terminal.
public enum TimelineText {
    /// The list; nil when there are no events.
    public static func render(_ events: [TimelineEvent]) -> String? {
        guard !events.isEmpty else { return nil }
        let column = max(12, events.map(\.time.label.count).max() ?? 0)
        return events.map { event in
            let when = event.time.label
            let padded = when + String(repeating: " ", count: column - when.count)
            let cited = event.citations.map { "\($0.source), \($0.locator)" }.joined(separator: "; ")
            let differs = event.conflicts.isEmpty ? "" : " (another source gives a different date: \(event.conflicts.joined(separator: ", ")))"
            return TerminalSanitizer.clean("  \(padded) \(event.statement) [\(cited)]\(differs)") + "\n"
        }.joined()
    }
}
