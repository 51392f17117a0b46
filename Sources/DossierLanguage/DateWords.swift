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
        /// The word lowercased, made once for the readers that compare it so.
        var lower: String
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

        init(_ text: String, offset: Int) {
            self.text = text
            self.offset = offset
            lower = text.lowercased()
            gap = ""
        }

        static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    }

    private(set) var words: [Word] = []

    init(_ sentence: String) {
        // Words and gaps are slices of the sentence's scalars, each made a string once
        // (appending scalar by scalar to a string costs more than the rest of the pass).
        let scalars = sentence.unicodeScalars
        var wordStart: String.UnicodeScalarView.Index?
        var gapStart: String.UnicodeScalarView.Index?
        var start = 0
        var offset = 0
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if Self.isWordScalar(scalar) {
                if wordStart == nil { wordStart = index; start = offset }
                if let gap = gapStart {
                    if !words.isEmpty { words[words.count - 1].gap = String(scalars[gap..<index]) }
                    gapStart = nil
                }
            } else {
                if let word = wordStart {
                    words.append(Word(String(scalars[word..<index]), offset: start))
                    wordStart = nil
                }
                if gapStart == nil { gapStart = index }
            }
            offset += 1
            scalars.formIndex(after: &index)
        }
        if let word = wordStart { words.append(Word(String(scalars[word..<scalars.endIndex]), offset: start)) }
        if let gap = gapStart, !words.isEmpty { words[words.count - 1].gap = String(scalars[gap..<scalars.endIndex]) }
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
