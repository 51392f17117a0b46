import Foundation

/// Case and accent folding, word splitting and stemming, shared by everything
/// that compares words: "Arévalo", "AREVALO" and "arevalo" fold alike.
public enum TextFolding {
    /// Lowercases and strips diacritics and typographic quotes.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        // Foundation's replacement costs thousands of instructions even when nothing is
        // replaced; both quotes are E2 80 98/99 in UTF-8.
        guard hasTypographicQuote(folded) else { return folded }
        return folded.replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
    }

    /// True when the text holds U+2018 or U+2019.
    private static func hasTypographicQuote(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if previous == (0xE2, 0x80) && (byte == 0x98 || byte == 0x99) { return true }
            previous = (previous.1, byte)
        }
        return false
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

    /// The form a folded word is compared by: its base form with inflection undone by
    /// WordNet and Snowball (``Morphology/base(of:)``), so "opened", "opening" and "opens"
    /// meet at "open", "pled" meets "plead" and "relations" "relation", while derivations
    /// stay apart ("population" is not "populated"). Words with digits or other non-letters
    /// are kept as they are ("1990s", "g20").
    public static func stem(_ word: String) -> String {
        guard word.utf8.count > 2, word.count > 2, isLetters(word) else { return word }
        return Morphology.wordNet.base(of: word)
    }

    /// True when every character of `word` is a letter (`Character.isLetter`), with ASCII
    /// decided byte by byte: the properties lookup costs hundreds of instructions a letter.
    public static func isLetters(_ word: String) -> Bool {
        var ascii = true
        for byte in word.utf8 {
            if byte >= 0x80 { ascii = false; break }
            if !isASCIILetter(byte) { return false }
        }
        return ascii || word.allSatisfy(\.isLetter)
    }

    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
}
