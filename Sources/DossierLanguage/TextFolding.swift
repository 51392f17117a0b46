import Foundation

/// Case and accent folding, word splitting and a light stemmer, shared by everything
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

    /// A word with its original spelling.
    public struct Token: Equatable {
        public var surface: String
        public var folded: String

        /// A word read elsewhere (claim reading keeps its own word boundaries).
        public init(surface: String, folded: String) {
            self.surface = surface
            self.folded = folded
        }
    }

    /// Words of a text with their original spelling.
    public static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        func flush() {
            guard !current.isEmpty else { return }
            var word = current
            if word.hasSuffix("'s") || word.hasSuffix("’s") { word.removeLast(2) }
            while let first = word.first, "'’.".contains(first) { word.removeFirst() }
            while let last = word.last, "'’.".contains(last) { word.removeLast() }
            let dotted = word.contains(".") ? word.replacingOccurrences(of: ".", with: "").uppercased() : word
            if !dotted.isEmpty {
                tokens.append(Token(surface: dotted, folded: fold(dotted)))
            }
            current = ""
        }
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                current.unicodeScalars.append(scalar)
            } else if (scalar == "'" || scalar == "\u{2019}") && isLetter(previous) {
                current.unicodeScalars.append(scalar)
            } else if scalar == "." && isLetter(previous) && isInitialism(current) {
                current.unicodeScalars.append(scalar)  // U.S., u.s.a.
            } else {
                flush()
            }
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

    /// A light suffix stemmer: plurals, -ed, -ing and a final e, so that "opened",
    /// "opening" and "opens" meet at "open".
    public static func stem(_ word: String) -> String {
        guard word.count > 3, word.allSatisfy(\.isLetter) else { return word }
        var w = word
        if w.hasSuffix("ies") && w.count > 4 {
            w.removeLast(3); w += "y"
        } else if w.hasSuffix("sses") {
            w.removeLast(2)
        } else if w.hasSuffix("es") && ["ss", "x", "z", "ch", "sh"].contains(where: { w.dropLast(2).hasSuffix($0) }) {
            w.removeLast(2)
        } else if w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is") {
            w.removeLast()
        }
        if w.hasSuffix("ing") && w.count > 5 {
            w.removeLast(3); w = undoubled(w)
        } else if w.hasSuffix("ied") && w.count > 4 {
            w.removeLast(3); w += "y"
        } else if w.hasSuffix("ed") && w.count > 4 {
            w.removeLast(2); w = undoubled(w)
        }
        if w.hasSuffix("e") && w.count > 4 { w.removeLast() }
        return w
    }

    private static func undoubled(_ w: String) -> String {
        guard let last = w.last, w.count > 3, w.dropLast().last == last,
              !"aeiouslz".contains(last) else { return w }
        return String(w.dropLast())
    }
}
