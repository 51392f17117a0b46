/// The lowercased words of a text, split at every character that is not a letter (nor,
/// when asked, a digit): `text.lowercased().split { !$0.isLetter }` as a list of strings.
///
/// Questions are read this way by several answerers once per fact weighed, so a text of
/// ASCII characters only is split on its bytes, where a letter is `A`-`Z` or `a`-`z` and a
/// digit `0`-`9`, as `Character` says of them; any other text takes the `Character` way.
public enum LowercaseWords {
    /// The words of `text`, lowercased; with `keepingDigits`, digits belong to words too.
    public static func of(_ text: String, keepingDigits: Bool = false) -> [String] {
        if let words = text.utf8.withContiguousStorageIfAvailable({ asciiWords($0, keepingDigits: keepingDigits) }),
           let words {
            return words
        }
        return text.lowercased().split { !($0.isLetter || keepingDigits && $0.isNumber) }.map(String.init)
    }

    /// The words of ASCII bytes; nil when a byte is not ASCII.
    private static func asciiWords(_ bytes: UnsafeBufferPointer<UInt8>, keepingDigits: Bool) -> [String]? {
        var words: [String] = []
        var word: [UInt8] = []
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): word.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 32)
            case UInt8(ascii: "0")...UInt8(ascii: "9") where keepingDigits: word.append(byte)
            default:
                if !word.isEmpty {
                    words.append(String(decoding: word, as: UTF8.self))
                    word.removeAll(keepingCapacity: true)
                }
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }
}
