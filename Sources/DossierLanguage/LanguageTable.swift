/// Rows of one of the generated resources (`scripts/generate-language-resources.py`): UTF-8
/// lines of tab-separated fields, read straight from the bytes compiled into the binary.
///
/// Parsing splits bytes without building intermediate strings for whole lines, so the
/// largest table (derivations, ~165 KB) reads in about a millisecond, and each table is read
/// only when something first asks for it.
enum LanguageTable {
    /// The fields of each non-empty line that does not start with `#`.
    static func rows(_ bytes: [UInt8]) -> [[Substring]] {
        let text = String(decoding: bytes, as: UTF8.self)
        var rows: [[Substring]] = []
        rows.reserveCapacity(bytes.count / 20)
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where line.first != "#" {
            rows.append(line.split(separator: "\t", omittingEmptySubsequences: false))
        }
        return rows
    }
}
