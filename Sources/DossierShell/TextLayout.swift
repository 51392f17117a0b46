import DossierEngine
import DossierOutput

/// Lays text out for the terminal: wrapped at spaces to a width, with a hanging indent,
/// after removing anything that could drive the terminal.
struct TextLayout: Sendable {
    /// Columns available; nil for no wrapping.
    var width: Int?

    /// `text` sanitised and wrapped: the first line starts with `indent`, the rest with
    /// `hanging`.
    func lines(_ text: String, indent: String = "", hanging: String? = nil) -> [String] {
        let clean = TerminalSanitizer.clean(text)
        guard let width else { return [indent + clean] }
        return LineWrapper.lines(clean, width: max(20, width), indent: indent, hanging: hanging)
    }

    /// ``lines(_:indent:hanging:)`` joined, each line ending with a newline.
    func block(_ text: String, indent: String = "", hanging: String? = nil) -> String {
        lines(text, indent: indent, hanging: hanging).map { $0 + "\n" }.joined()
    }
}
