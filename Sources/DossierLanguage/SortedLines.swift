/// One of the generated resources whose lines are sorted bytewise by their leading fields
/// (`scripts/generate-language-resources.py` writes them sorted), searched in place: a
/// lookup is a binary search over the bytes compiled into the binary, so nothing is read
/// into a table at start-up.
///
/// Lines are UTF-8, fields are cut at tabs; a tab sorts before every character a field
/// holds, so the bytewise order of lines is the order of their fields.
struct SortedLines: Sendable {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The fields of each line whose first `key.count` fields equal `key`, in file order.
    func rows(matching key: [String]) -> [[String]] {
        let wanted = Array(key.joined(separator: "\t").utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            var rows: [[String]] = []
            var line = Self.firstLine(notBelow: wanted, fields: key.count, in: buffer)
            while line < buffer.count, Self.compare(wanted, lineAt: line, fields: key.count, in: buffer) == 0 {
                let end = Self.endOfLine(at: line, in: buffer)
                rows.append(UnsafeBufferPointer(rebasing: buffer[line..<end]).split(separator: 9, omittingEmptySubsequences: false)
                    .map { String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self) })
                line = end + 1
            }
            return rows
        }
    }

    /// True when some line's first field is `word`.
    func contains(_ word: String) -> Bool {
        let wanted = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            let line = Self.firstLine(notBelow: wanted, fields: 1, in: buffer)
            return line < buffer.count && Self.compare(wanted, lineAt: line, fields: 1, in: buffer) == 0
        }
    }

    /// True when every line's key fields sort at or after the previous line's (for tests).
    func isSorted(fields: Int) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var previous: [UInt8] = []
            var line = 0
            while line < buffer.count {
                let end = Self.endOfLine(at: line, in: buffer)
                let key = Array(Self.key(at: line, fields: fields, in: buffer))
                if key.lexicographicallyPrecedes(previous) { return false }
                previous = key
                line = end + 1
            }
            return true
        }
    }

    /// The start of the first line whose key is not below `wanted` (the end when none is).
    private static func firstLine(notBelow wanted: [UInt8], fields: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        var low = 0, high = buffer.count  // both at line starts
        while low < high {
            var line = (low + high) / 2
            while line > low && buffer[line - 1] != 10 { line -= 1 }
            if compare(wanted, lineAt: line, fields: fields, in: buffer) > 0 {
                low = endOfLine(at: line, in: buffer) + 1
            } else {
                high = line
            }
        }
        return min(low, buffer.count)
    }

    private static func endOfLine(at start: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        var end = start
        while end < buffer.count && buffer[end] != 10 { end += 1 }
        return end
    }

    /// The bytes of a line's first `fields` fields, tabs between them.
    private static func key(at start: Int, fields: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Slice<UnsafeBufferPointer<UInt8>> {
        var end = start, tabs = 0
        while end < buffer.count && buffer[end] != 10 {
            if buffer[end] == 9 { tabs += 1; if tabs == fields { break } }
            end += 1
        }
        return buffer[start..<end]
    }

    /// Negative, zero or positive as `wanted` sorts before, with or after the line's key.
    private static func compare(_ wanted: [UInt8], lineAt start: Int, fields: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        let key = key(at: start, fields: fields, in: buffer)
        for (a, b) in zip(wanted, key) where a != b { return Int(a) - Int(b) }
        return wanted.count - key.count
    }
}
