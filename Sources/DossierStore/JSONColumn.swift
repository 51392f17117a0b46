import Foundation

/// JSON text for list and dictionary columns.
///
/// Columns are written by `JSONEncoder` (sorted keys); they are read back by a small reader
/// of exactly those shapes (a list of strings, an object of strings), since a
/// `JSONDecoder` per row was a fifth of start-up. Text the reader does not take whole goes
/// to `JSONDecoder`, so what a column decodes to never depends on which reader read it.
enum JSONColumn {
    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(value)).flatMap { String(data: $0, encoding: .utf8) } ?? "null"
    }

    static func decode<T: Decodable>(_ text: String, as type: T.Type) -> T? {
        try? JSONDecoder().decode(type, from: Data(text.utf8))
    }

    /// A list of strings, or nil when the text is not one.
    static func strings(_ text: String) -> [String]? {
        var text = text
        let read: [String]? = text.withUTF8 { bytes in
            var reader = StringListReader(bytes: bytes)
            return reader.list()
        }
        return read ?? decode(text, as: [String].self)
    }

    /// An object of strings, or nil when the text is not one.
    static func stringTable(_ text: String) -> [String: String]? {
        var text = text
        let read: [String: String]? = text.withUTF8 { bytes in
            var reader = StringListReader(bytes: bytes)
            return reader.table()
        }
        return read ?? decode(text, as: [String: String].self)
    }
}

/// Reads `["a","b"]` and `{"k":"v"}` from UTF-8; nil for anything else (numbers, nesting,
/// a repeated key, bad escapes), which the caller then gives to `JSONDecoder`.
private struct StringListReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var at = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func list() -> [String]? {
        guard take(UInt8(ascii: "[")) else { return nil }
        var items: [String] = []
        if take(UInt8(ascii: "]")) { return atEnd() ? items : nil }
        repeat {
            guard let item = string() else { return nil }
            items.append(item)
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "]")) && atEnd() ? items : nil
    }

    mutating func table() -> [String: String]? {
        guard take(UInt8(ascii: "{")) else { return nil }
        var table: [String: String] = [:]
        if take(UInt8(ascii: "}")) { return atEnd() ? table : nil }
        repeat {
            guard let key = string(), take(UInt8(ascii: ":")), let value = string(),
                  table.updateValue(value, forKey: key) == nil else { return nil }
        } while take(UInt8(ascii: ","))
        return take(UInt8(ascii: "}")) && atEnd() ? table : nil
    }

    private mutating func skipSpace() {
        while at < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[at]) { at += 1 }
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        skipSpace()
        guard at < bytes.count, bytes[at] == byte else { return false }
        at += 1
        return true
    }

    private mutating func atEnd() -> Bool {
        skipSpace()
        return at == bytes.count
    }

    /// A string without escapes is cut straight from the bytes; one with escapes is left
    /// to `JSONDecoder` (nil), as are control characters.
    private mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = at
        while at < bytes.count {
            let byte = bytes[at]
            if byte == UInt8(ascii: "\"") {
                at += 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(at - 1)]), as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
            at += 1
        }
        return nil
    }
}
