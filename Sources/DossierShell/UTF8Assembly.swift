/// Puts UTF-8 bytes read one at a time back together into Unicode scalars.
enum UTF8Assembly {
    /// What the bytes so far amount to.
    enum Progress: Equatable {
        /// A whole scalar.
        case complete(Unicode.Scalar)
        /// The start of a scalar; read another byte.
        case incomplete
        /// Bytes that no scalar starts with; drop them.
        case invalid
    }

    /// Reads `bytes` as one scalar, or the start of one.
    static func scalar(from bytes: [UInt8]) -> Progress {
        guard let lead = bytes.first else { return .incomplete }
        let length: Int
        switch lead {
        case 0x00...0x7F: length = 1
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return .invalid
        }
        if bytes.dropFirst().contains(where: { $0 & 0xC0 != 0x80 }) { return .invalid }
        guard bytes.count >= length else { return .incomplete }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.prefix(length).makeIterator()
        guard case .valid(let encoded) = parser.parseScalar(from: &iterator) else { return .invalid }
        return .complete(Unicode.UTF8.decode(encoded))
    }
}
