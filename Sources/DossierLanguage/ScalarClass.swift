/// Character classes over Unicode scalars, shared by the parser and the splitter.
public enum ScalarClass {
    /// Spaces, tabs, no-break spaces and line breaks.
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }

    /// The first offset at or after `from` that is not a space, or `to`.
    public static func skipSpace(_ text: [Unicode.Scalar], from: Int, to: Int) -> Int {
        var index = from
        while index < to, isSpace(text[index]) { index += 1 }
        return index
    }

    /// The offset just past the last non-space scalar in `from..<to`, or `from`.
    public static func trimEnd(_ text: [Unicode.Scalar], from: Int, to: Int) -> Int {
        var end = to
        while end > from, isSpace(text[end - 1]) { end -= 1 }
        return end
    }

    /// The scalars of a range as a string.
    public static func string(_ text: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text[range])
        return String(view)
    }
}
