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
        // Written as UTF-8 into the string's own storage in one pass (appending to a
        // scalar view grows and checks the string scalar by scalar).
        var count = 0
        for index in range { count += UTF8.width(text[index]) }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var written = 0
            for index in range {
                let value = text[index].value
                switch value {
                case 0..<0x80:
                    buffer[written] = UInt8(value)
                    written += 1
                case 0x80..<0x800:
                    buffer[written] = UInt8(0xC0 | value >> 6)
                    buffer[written + 1] = UInt8(0x80 | value & 0x3F)
                    written += 2
                case 0x800..<0x10000:
                    buffer[written] = UInt8(0xE0 | value >> 12)
                    buffer[written + 1] = UInt8(0x80 | value >> 6 & 0x3F)
                    buffer[written + 2] = UInt8(0x80 | value & 0x3F)
                    written += 3
                default:
                    buffer[written] = UInt8(0xF0 | value >> 18)
                    buffer[written + 1] = UInt8(0x80 | value >> 12 & 0x3F)
                    buffer[written + 2] = UInt8(0x80 | value >> 6 & 0x3F)
                    buffer[written + 3] = UInt8(0x80 | value & 0x3F)
                    written += 4
                }
            }
            return written
        }
    }
}
