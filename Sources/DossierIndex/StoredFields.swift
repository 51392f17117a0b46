/// The text format of stored readings: lines of tab-separated items, split by their
/// UTF-8 bytes (splitting by `Character` costs more than reading the profile did).
enum StoredFields {
    /// The items of each line of `text`; an empty line has none.
    static func lines(_ text: String) -> [[String]] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [[String]] = []
            var line: [String] = []
            var start = 0
            for index in 0...bytes.count {
                let byte = index < bytes.count ? bytes[index] : newline
                guard byte == tab || byte == newline else { continue }
                if index > start {
                    line.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                }
                start = index + 1
                if byte == newline {
                    lines.append(line)
                    line = []
                }
            }
            return lines
        }
    }

    private static let tab: UInt8 = 9
    private static let newline: UInt8 = 10

    /// Lines of tab-separated items.
    static func text(_ lines: [[String]]) -> String {
        lines.map { $0.joined(separator: "\t") }.joined(separator: "\n")
    }
}
