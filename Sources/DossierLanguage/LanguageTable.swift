/// Rows of one of the generated resources (`scripts/generate-language-resources.py`): UTF-8
/// lines of tab-separated fields, read straight from the bytes compiled into the binary.
///
/// Fields are cut at the byte level (a tab or newline never occurs inside a UTF-8
/// sequence), without Character segmentation, and most are short enough to be stored in
/// the String itself; each table is read only when something first asks for it.
enum LanguageTable {
    /// Calls `body` with the fields of each non-empty line that does not start with `#`.
    static func forEachRow(_ bytes: [UInt8], _ body: ([String]) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            var fields: [String] = []
            var fieldStart = 0, lineStart = 0
            for index in 0...buffer.count {
                let byte: UInt8 = index < buffer.count ? buffer[index] : 10
                guard byte == 9 || byte == 10 else { continue }
                if index > lineStart && buffer[lineStart] != UInt8(ascii: "#") {
                    fields.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[fieldStart..<index]), as: UTF8.self))
                }
                fieldStart = index + 1
                if byte == 10 {
                    if !fields.isEmpty { body(fields) }
                    fields.removeAll(keepingCapacity: true)
                    lineStart = index + 1
                }
            }
        }
    }
}
