import Foundation

/// Case and accent folding, word splitting and stemming, shared by everything
/// that compares words: "Arévalo", "AREVALO" and "arevalo" fold alike.
public enum TextFolding {
    /// Lowercases and strips diacritics and typographic quotes.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "\u{2019}", with: "'")
            .replacingOccurrences(of: "\u{2018}", with: "'")
    }

    /// Folded words of a text, split on anything that is not a letter or digit;
    /// "U.S." reads as one word, and a possessive "'s" is dropped.
    public static func words(_ text: String) -> [String] {
        tokens(text).map(\.folded)
    }

    /// A word with its original spelling and where it stands in the text.
    public struct Token: Equatable, Sendable {
        /// The word as written, with the dots of an initialism removed ("U.S." -> "US").
        public var surface: String
        public var folded: String
        /// Where the word is in the UTF-8 of the text it was read from, without a possessive
        /// "'s" or edge quotes and dots: "Guatemala's" gives "Guatemala", "U.S." gives "U.S".
        public var utf8Range: Range<Int>

        public init(surface: String, folded: String, utf8Range: Range<Int> = 0..<0) {
            self.surface = surface
            self.folded = folded
            self.utf8Range = utf8Range
        }
    }

    /// Words of a text with their original spelling and offsets.
    public static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var start = 0, offset = 0
        func flush() {
            guard !current.isEmpty else { return }
            var word = current
            var end = offset
            if word.hasSuffix("'s") || word.hasSuffix("\u{2019}s") { end -= word.suffix(2).utf8.count; word.removeLast(2) }
            while let first = word.first, "'\u{2019}.".contains(first) { start += first.utf8.count; word.removeFirst() }
            while let last = word.last, "'\u{2019}.".contains(last) { end -= last.utf8.count; word.removeLast() }
            let dotted = word.contains(".") ? word.replacingOccurrences(of: ".", with: "").uppercased() : word
            if !dotted.isEmpty {
                tokens.append(Token(surface: dotted, folded: fold(dotted), utf8Range: start..<max(start, end)))
            }
            current = ""
        }
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            let joins = isWordScalar(scalar)
                || ((scalar == "'" || scalar == "\u{2019}") && isLetter(previous))
                || (scalar == "." && isLetter(previous) && isInitialism(current))  // U.S., u.s.a.
            if joins {
                if current.isEmpty { start = offset }
                current.unicodeScalars.append(scalar)
            } else {
                flush()
            }
            offset += scalar.utf8.count
            previous = scalar
        }
        flush()
        return tokens
    }

    /// Letters, digits and combining marks (an accent typed as a separate mark) make words;
    /// ASCII is decided without a table lookup.
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
            : scalar.properties.isAlphabetic
    }

    /// True while a word reads as single letters joined by dots: "U", "u.s", "U.S.A".
    private static func isInitialism(_ word: String) -> Bool {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count <= 3 && parts.allSatisfy { $0.count == 1 }
    }

    /// The form a folded word is compared by: its base form with inflection undone by
    /// WordNet and Snowball (``Morphology/base(of:)``), so "opened", "opening" and "opens"
    /// meet at "open", "pled" meets "plead" and "relations" "relation", while derivations
    /// stay apart ("population" is not "populated"). Words with digits or other non-letters
    /// are kept as they are ("1990s", "g20").
    public static func stem(_ word: String) -> String {
        guard word.count > 2, word.allSatisfy(\.isLetter) else { return word }
        return Morphology.wordNet.base(of: word)
    }
}
