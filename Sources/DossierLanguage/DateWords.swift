/// The words of a sentence with what stands between them: the ground ``DateMentions`` and
/// ``DateCompletion`` read dates on, made in one pass over the scalars (regular
/// expressions cost more than the rest of reading a document together).
///
/// A word is a maximal run of letters, digits and underscores (any script); its gap is the
/// text up to the next word. Readers match on words and test gaps by shape: spaces only,
/// a comma then spaces, a dot then spaces.
struct DateWords {
    struct Word {
        /// The word as written.
        var text: String
        /// Where it starts in the sentence, in Unicode scalars.
        var offset: Int
        /// The text after it up to the next word ("" after the last one only when the
        /// sentence ends on the word).
        var gap: String
        /// Four ASCII digits and nothing else: a year as written.
        var isYear: Bool { text.utf8.count == 4 && text.utf8.allSatisfy(Self.isDigit) }
        /// One or two ASCII digits: a day of the month as written.
        var day: Int? { (1...2).contains(text.utf8.count) && text.utf8.allSatisfy(Self.isDigit) ? Int(text) : nil }
        /// Starts with a digit.
        var startsWithDigit: Bool { text.utf8.first.map(Self.isDigit) ?? false }
        /// Starts with four digits ("2018", "2018s").
        var startsWithYear: Bool { text.utf8.count >= 4 && text.utf8.prefix(4).allSatisfy(Self.isDigit) }

        static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    }

    private(set) var words: [Word] = []

    init(_ sentence: String) {
        var current = String.UnicodeScalarView()
        var gap = String.UnicodeScalarView()
        var start = 0
        for (offset, scalar) in sentence.unicodeScalars.enumerated() {
            if Self.isWordScalar(scalar) {
                if current.isEmpty { start = offset }
                if !gap.isEmpty, !words.isEmpty {
                    words[words.count - 1].gap = String(gap)
                }
                if !gap.isEmpty { gap.removeAll(keepingCapacity: true) }
                current.append(scalar)
            } else {
                if !current.isEmpty {
                    words.append(Word(text: String(current), offset: start, gap: ""))
                    current.removeAll(keepingCapacity: true)
                }
                gap.append(scalar)
            }
        }
        if !current.isEmpty { words.append(Word(text: String(current), offset: start, gap: "")) }
        if !gap.isEmpty, !words.isEmpty { words[words.count - 1].gap = String(gap) }
    }

    subscript(index: Int) -> Word? { index >= 0 && index < words.count ? words[index] : nil }

    var count: Int { words.count }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F: return true
        case 0..<0x80: return false
        default: return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }

    /// One or more spaces and nothing else.
    static func isSpaces(_ gap: Substring) -> Bool {
        !gap.isEmpty && gap.unicodeScalars.allSatisfy(\.properties.isWhitespace)
    }

    static func isSpaces(_ gap: String) -> Bool { isSpaces(gap[...]) }

    /// Spaces, optionally after one `mark`: ", " for `,?\s+`, ". " for `\.?\s+`.
    static func isSpaces(_ gap: String, after mark: Character) -> Bool {
        gap.first == mark ? isSpaces(gap.dropFirst()) : isSpaces(gap)
    }

    /// Exactly `mark` and then spaces: ", " for `,\s+`.
    static func isSpaces(_ gap: String, strictlyAfter mark: Character) -> Bool {
        gap.first == mark && isSpaces(gap.dropFirst())
    }

    /// Every non-overlapping run of words `match` accepts, scanning from the left: it
    /// returns how many words the run takes and what it reads as, or nil.
    func runs<Value>(_ match: (Int) -> (length: Int, value: Value)?) -> [(range: Range<Int>, value: Value)] {
        var found: [(range: Range<Int>, value: Value)] = []
        var index = 0
        while index < words.count {
            if let hit = match(index), hit.length > 0 {
                found.append((index..<index + hit.length, hit.value))
                index += hit.length
            } else {
                index += 1
            }
        }
        return found
    }
}
