/// Lays text out for the terminal: wrapped at spaces to a width, with a hanging indent,
/// after removing anything that could drive the terminal.
public struct TextLayout: Sendable {
    /// Columns available; nil for no wrapping.
    public var width: Int?

    /// A layout `width` columns wide; nil for no wrapping.
    public init(width: Int?) { self.width = width }

    /// `text` sanitised and wrapped: the first line starts with `indent`, the rest with
    /// `hanging`.
    public func lines(_ text: String, indent: String = "", hanging: String? = nil) -> [String] {
        let clean = TerminalSanitizer.clean(text)
        guard let width else { return [indent + clean] }
        return LineWrapper.lines(clean, width: max(20, width), indent: indent, hanging: hanging)
    }

    /// ``lines(_:indent:hanging:)`` joined, each line ending with a newline.
    public func block(_ text: String, indent: String = "", hanging: String? = nil) -> String {
        lines(text, indent: indent, hanging: hanging).map { $0 + "\n" }.joined()
    }
}
