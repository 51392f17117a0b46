/// The text format of stored readings: lines of tab-separated items, split by their
/// UTF-8 bytes (splitting by `Character` costs more than reading the profile did).
enum StoredFields {
    /// The items of each line of `text`; an empty line has none.
    static func lines(_ text: String) -> [[String]] {
        text.utf8.split(separator: 10, omittingEmptySubsequences: false).map { line in
            line.split(separator: 9).map { String(Substring($0)) }
        }
    }

    /// Lines of tab-separated items.
    static func text(_ lines: [[String]]) -> String {
        lines.map { $0.joined(separator: "\t") }.joined(separator: "\n")
    }
}
