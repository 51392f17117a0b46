/// One of the generated resources (`scripts/generate-language-resources.py`) looked up by its
/// leading fields in place: a hash table of line offsets, built in one pass over the bytes
/// compiled into the binary, so no string is made for a line until a lookup finds it.
/// Building it costs a fraction of reading the table into a `Dictionary` of strings, and a
/// lookup about as much as a `Dictionary` lookup.
///
/// Lines are UTF-8, fields are cut at tabs; the key of a line is its first ``fields`` fields
/// with the tabs between them.
struct KeyedLines: Sendable {
    let bytes: [UInt8]
    let fields: Int
    /// Line start + 1 of each line, at the slot its key hashes to (open addressing); 0 is empty.
    private let slots: [Int32]

    init(_ bytes: [UInt8], fields: Int) {
        self.bytes = bytes
        self.fields = fields
        let lines = bytes.reduce(into: 1) { count, byte in if byte == 10 { count += 1 } }
        var capacity = 16
        while capacity < 2 * lines { capacity *= 2 }
        var slots = [Int32](repeating: 0, count: capacity)
        bytes.withUnsafeBufferPointer { buffer in
            var line = 0
            while line < buffer.count {
                let end = Self.keyEnd(at: line, fields: fields, in: buffer)
                if end > line {
                    var slot = Self.hash(UnsafeBufferPointer(rebasing: buffer[line..<end])) & (capacity - 1)
                    while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
                    slots[slot] = Int32(line + 1)
                }
                var next = end
                while next < buffer.count && buffer[next] != 10 { next += 1 }
                line = next + 1
            }
        }
        self.slots = slots
    }

    /// The fields of each line whose key is `key` (its fields joined by tabs), in file order.
    func rows(matchingKey key: [UInt8]) -> [[String]] {
        bytes.withUnsafeBufferPointer { buffer in
            key.withUnsafeBufferPointer { wanted in
                lineStarts(of: wanted, in: buffer).sorted().map { start in
                    var end = start
                    while end < buffer.count && buffer[end] != 10 { end += 1 }
                    return buffer[start..<end].split(separator: 9, omittingEmptySubsequences: false)
                        .map { String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self) }
                }
            }
        }
    }

    /// True when some line's key is `key`.
    func contains(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { wanted in
            bytes.withUnsafeBufferPointer { buffer in !lineStarts(of: wanted, in: buffer, first: true).isEmpty }
        }
    }

    private func lineStarts(of wanted: UnsafeBufferPointer<UInt8>, in buffer: UnsafeBufferPointer<UInt8>, first: Bool = false) -> [Int] {
        var found: [Int] = []
        var slot = Self.hash(wanted) & (slots.count - 1)
        while slots[slot] != 0 {
            let start = Int(slots[slot]) - 1
            let end = Self.keyEnd(at: start, fields: fields, in: buffer)
            if end - start == wanted.count && buffer[start..<end].elementsEqual(wanted) {
                found.append(start)
                if first { break }
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        return found
    }

    /// Where the key of the line at `start` ends: at its `fields`-th tab or the line's end.
    private static func keyEnd(at start: Int, fields: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        var end = start, tabs = 0
        while end < buffer.count {
            let byte = buffer[end]
            if byte == 10 || (byte == 9 && tabs + 1 == fields) { break }
            if byte == 9 { tabs += 1 }
            end += 1
        }
        return end
    }

    /// FNV-1a of the key's bytes.
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash >> 1)
    }
}
