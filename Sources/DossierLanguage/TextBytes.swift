/// Facts about raw bytes of text that both the question path and the document path need:
/// where UTF-8 breaks, and a stable fingerprint.
public enum TextBytes {
    /// The offset of the first byte that breaks UTF-8, nil when the bytes are valid.
    public static func firstInvalidByte(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }

    /// 64-bit FNV-1a of the bytes, in hexadecimal.
    public static func fnv1a(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
