import DossierLanguage
import Foundation

/// The words of one sentence as claim reading needs them: spelling, folded form, whether
/// the word stands inside a quotation, whether it is capitalised or a figure, and the
/// punctuation that follows it (a comma closes a clause).
struct SentenceWords {
    struct Word {
        var surface: String
        var folded: String
        var quoted: Bool
        var capitalised: Bool
        var isFigure: Bool
        /// Punctuation right after the word: ",", ";", "(", ")", or "".
        var after: String
        var startsSentence: Bool
        /// True when the word carried a possessive "'s", which ends a name.
        var possessive = false
        /// Where the word starts in the sentence, in Unicode scalars.
        var offset = 0
    }

    var words: [Word] = []
    /// The text of every quotation, in order.
    var quotations: [String] = []

    init(_ sentence: String) {
        var current = ""
        var quoted = false
        var quote = ""
        var previous: Character = " "
        let chars = Array(sentence)
        var scalarOffset = 0
        var start = 0
        func flush(_ after: String) {
            var word = current
            current = ""
            var offset = start
            // Each test of a word's ends first rejects on its bytes: comparing characters
            // outside ASCII is the slow part of reading a sentence.
            let possessive = Self.mayEndPossessive(word) && (word.hasSuffix("'s") || word.hasSuffix("’s"))
            if possessive { word.removeLast(2) }
            while Self.mayEndInMark(word), let last = word.last, "'’.".contains(last) { word.removeLast() }
            while Self.mayStartWithMark(word), let first = word.first, "'’.".contains(first) { word.removeFirst(); offset += 1 }
            guard !word.isEmpty else {
                if !after.isEmpty, !words.isEmpty { words[words.count - 1].after = after }
                return
            }
            // A figure is a number or a sum of money ("4.6", "55.4%", "$1.5", "US$60", "€5");
            // it keeps its decimal point, while a dotted abbreviation reads as one word ("U.S." as "US").
            let symbol = Self.mayHoldCurrency(word) ? word.firstIndex { ClaimReader.currencySymbols.contains($0) } : nil
            let digits = symbol.map { word[word.index(after: $0)...] } ?? word[...]
            let isFigure = digits.first?.isNumber == true
            let dotted = word.utf8.contains(0x2E) && word.contains(".")
            let surface = dotted && word.count <= 5 && !isFigure ? word.replacingOccurrences(of: ".", with: "") : word
            words.append(Word(
                surface: surface, folded: TextFolding.fold(surface), quoted: quoted,
                capitalised: surface.first?.isUppercase == true, isFigure: isFigure,
                after: after, startsSentence: words.isEmpty, possessive: possessive, offset: offset))
        }
        for (index, char) in chars.enumerated() {
            let next: Character = index + 1 < chars.count ? chars[index + 1] : " "
            // The character's scalar when it is one (punctuation is compared by it).
            let code = Self.code(of: char)
            let opens = code == 0x201C || (code == 0x22 && !quoted) || (code == 0x2018 && !Self.isLetter(previous))
            let closes = code == 0x201D || (code == 0x22 && quoted)
                || (code == 0x2019 && quoted && !Self.isLetter(next) && !previous.isWhitespace && quote.contains("‘"))
            if Self.isLetter(char) || Self.isNumber(char) || code == 0x2D && Self.isLetter(previous)
                || (code == 0x27 || code == 0x2019) && Self.isLetter(previous) && Self.isLetter(next)
                || code == 0x2E && (Self.isNumber(previous) && Self.isNumber(next) || previous.isUppercase && current.count <= 3)
                || code == 0x25 && Self.isNumber(previous) || Self.isCurrencySymbol(code) && Self.opensSum(current) {
                if current.isEmpty { start = scalarOffset }
                current.append(char)
                if quoted { quote.append(char) }
            } else if opens && !quoted {
                flush("")
                quoted = true
                quote = code == 0x2018 ? "‘" : ""
            } else if closes && quoted {
                flush("")
                quoted = false
                quotations.append(quote.hasPrefix("‘") ? String(quote.dropFirst()) : quote)
                quote = ""
            } else {
                flush(Self.clausePunctuation(code))
                if quoted { quote.append(char) }
            }
            previous = char
            scalarOffset += char.unicodeScalars.count
        }
        flush("")
        if quoted, !quote.isEmpty { quotations.append(quote) }
    }

    /// The scalar value of a character made of one scalar; for a character of several, a
    /// value no scalar has (no punctuation compared here is equal to such a character).
    static func code(of char: Character) -> UInt32 {
        if let ascii = char.asciiValue, char.utf8.count == 1 { return UInt32(ascii) }
        let scalars = char.unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return .max }
        return first.value
    }

    /// The punctuation a word keeps as what follows it: ",", ";", "(", ")", ":", else "".
    static func clausePunctuation(_ code: UInt32) -> String {
        switch code {
        case 0x2C: ","
        case 0x3B: ";"
        case 0x28: "("
        case 0x29: ")"
        case 0x3A: ":"
        default: ""
        }
    }

    /// ``ClaimReader/currencySymbols`` by scalar value.
    static func isCurrencySymbol(_ code: UInt32) -> Bool {
        code == 0x24 || code == 0x20AC || code == 0xA3 || code == 0xA5
    }

    /// False when the word's bytes cannot end in "'s" or "’s".
    static func mayEndPossessive(_ word: String) -> Bool { word.utf8.last == 0x73 }

    /// False when the word's bytes cannot end in "'", "’" or ".".
    static func mayEndInMark(_ word: String) -> Bool {
        guard let last = word.utf8.last else { return false }
        return last == 0x27 || last == 0x2E || last == 0x99
    }

    /// False when the word's bytes cannot start with "'", "’" or ".".
    static func mayStartWithMark(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        return first == 0x27 || first == 0x2E || first == 0xE2
    }

    /// False when the word's bytes hold no currency symbol ("$", "€", "£", "¥").
    static func mayHoldCurrency(_ word: String) -> Bool {
        word.utf8.contains { $0 == 0x24 || $0 == 0xC2 || $0 == 0xE2 }
    }

    var folded: [String] { words.map(\.folded) }

    /// True when a currency symbol may join the word read so far: at a word's start, or
    /// after a country's capitals ("US$", "NZ$", "C$").
    static func opensSum(_ current: String) -> Bool {
        current.isEmpty || current.count <= 3 && current.allSatisfy { $0.isASCII && $0.isUppercase }
    }

    /// `Character.isLetter` with an ASCII fast path (the properties lookup is the slow part
    /// of reading a sentence).
    static func isLetter(_ char: Character) -> Bool {
        if let ascii = char.asciiValue { return (ascii | 0x20) >= 0x61 && (ascii | 0x20) <= 0x7A }
        return char.isLetter
    }

    /// `Character.isNumber` with an ASCII fast path.
    static func isNumber(_ char: Character) -> Bool {
        if let ascii = char.asciiValue { return ascii >= 0x30 && ascii <= 0x39 }
        return char.isNumber
    }
}

extension Array {
    /// The element at `index`, or nil past either end.
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
