import DossierEngine

/// Lays text out for the terminal: wrapped at spaces to a width, with a hanging indent,
/// after removing anything that could drive the terminal.
struct TextLayout: Sendable {
    /// Columns available; nil for no wrapping.
    var width: Int?

    /// `text` sanitised and wrapped: the first line starts with `indent`, the rest with
    /// `hanging`.
    func lines(_ text: String, indent: String = "", hanging: String? = nil) -> [String] {
        let clean = TerminalSanitizer.clean(text)
        let rest = hanging ?? indent
        guard let width else { return [indent + clean] }
        var lines: [String] = []
        var current = indent
        var currentIsFresh = true
        // Empty pieces are runs of spaces, kept inside a line and dropped at a break.
        for word in clean.split(separator: " ", omittingEmptySubsequences: false) {
            if word.isEmpty {
                if !currentIsFresh { current += " " }
                continue
            }
            if !currentIsFresh && current.count + 1 + word.count > max(20, width) {
                lines.append(current)
                current = rest
                currentIsFresh = true
            }
            current += (currentIsFresh ? "" : " ") + word
            currentIsFresh = false
        }
        lines.append(current)
        return lines
    }

    /// ``lines(_:indent:hanging:)`` joined, each line ending with a newline.
    func block(_ text: String, indent: String = "", hanging: String? = nil) -> String {
        lines(text, indent: indent, hanging: hanging).map { $0 + "\n" }.joined()
    }
}
