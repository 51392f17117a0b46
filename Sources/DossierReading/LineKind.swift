import DossierLanguage
/// What one line of a document is: a title, a section heading, a list item or text,
/// with the offsets of its content (markers and surrounding spaces removed).
enum LineKind: Equatable {
    /// `= Title =` or `# Title`.
    case title(Range<Int>)
    /// `==Section==` or `## Section`.
    case heading(Range<Int>)
    /// `- item`, `-item`, `• item`, `* item`, `1. item`.
    case item(Range<Int>)
    /// Anything else.
    case text(Range<Int>)

    static func classify(_ text: [Unicode.Scalar], _ line: Range<Int>) -> LineKind {
        let start = ScalarClass.skipSpace(text, from: line.lowerBound, to: line.upperBound)
        let end = ScalarClass.trimEnd(text, from: start, to: line.upperBound)
        guard start < end else { return .text(start..<start) }
        if let marked = marked(text, start..<end, by: "=", closing: true) { return marked }
        if let marked = marked(text, start..<end, by: "#", closing: false) { return marked }
        if let content = itemContent(text, start..<end) { return .item(content) }
        return .text(start..<end)
    }

    /// Wiki (`=` on both sides) and Markdown (`#` before) headings: one mark is the
    /// title, more are sections.
    private static func marked(_ text: [Unicode.Scalar], _ range: Range<Int>, by mark: Unicode.Scalar, closing: Bool) -> LineKind? {
        var level = 0
        while range.lowerBound + level < range.upperBound, text[range.lowerBound + level] == mark { level += 1 }
        guard level > 0, level < range.count else { return nil }
        var end = range.upperBound
        if closing {
            guard text[end - 1] == mark else { return nil }
            while end > range.lowerBound + level, text[end - 1] == mark { end -= 1 }
        } else {
            guard ScalarClass.isSpace(text[range.lowerBound + level]) else { return nil }
        }
        let start = ScalarClass.skipSpace(text, from: range.lowerBound + level, to: end)
        let trimmed = ScalarClass.trimEnd(text, from: start, to: end)
        guard start < trimmed else { return nil }
        return level == 1 ? .title(start..<trimmed) : .heading(start..<trimmed)
    }

    private static let bullets: Set<Unicode.Scalar> = ["-", "\u{2022}", "*", "+", "\u{2013}", "\u{25AA}", "\u{25E6}"]

    private static func itemContent(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int>? {
        let first = text[range.lowerBound]
        var after = range.lowerBound + 1
        if bullets.contains(first) {
            guard after < range.upperBound else { return nil }
            let next = text[after]
            // "- item", and "-Item" as the State Department page writes it.
            guard ScalarClass.isSpace(next) || (first == "-" && next.properties.isUppercase) else { return nil }
        } else {
            var digits = range.lowerBound
            while digits < range.upperBound, digits - range.lowerBound < 3, ("0"..."9").contains(text[digits]) { digits += 1 }
            guard digits > range.lowerBound, digits + 1 < range.upperBound, [".", ")"].contains(text[digits]),
                  ScalarClass.isSpace(text[digits + 1]) else { return nil }
            after = digits + 1
        }
        let start = ScalarClass.skipSpace(text, from: after, to: range.upperBound)
        return start < range.upperBound ? start..<range.upperBound : nil
    }
}
