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
            let possessive = word.hasSuffix("'s") || word.hasSuffix("’s")
            if possessive { word.removeLast(2) }
            while let last = word.last, "'’.".contains(last) { word.removeLast() }
            while let first = word.first, "'’.".contains(first) { word.removeFirst(); offset += 1 }
            guard !word.isEmpty else {
                if !after.isEmpty, !words.isEmpty { words[words.count - 1].after = after }
                return
            }
            // A figure is a number or a sum of money ("4.6", "55.4%", "$1.5", "US$60", "€5");
            // it keeps its decimal point, while a dotted abbreviation reads as one word ("U.S." as "US").
            let symbol = word.firstIndex { ClaimReader.currencySymbols.contains($0) }
            let digits = symbol.map { word[word.index(after: $0)...] } ?? word[...]
            let isFigure = digits.first?.isNumber == true
            let surface = word.contains(".") && word.count <= 5 && !isFigure ? word.replacingOccurrences(of: ".", with: "") : word
            words.append(Word(
                surface: surface, folded: TextFolding.fold(surface), quoted: quoted,
                capitalised: surface.first?.isUppercase == true, isFigure: isFigure,
                after: after, startsSentence: words.isEmpty, possessive: possessive, offset: offset))
        }
        for (index, char) in chars.enumerated() {
            let next: Character = index + 1 < chars.count ? chars[index + 1] : " "
            let opens = char == "“" || (char == "\"" && !quoted) || (char == "‘" && !Self.isLetter(previous))
            let closes = char == "”" || (char == "\"" && quoted) || (char == "’" && quoted && !Self.isLetter(next) && !previous.isWhitespace && quote.contains("‘"))
            if Self.isLetter(char) || Self.isNumber(char) || char == "-" && Self.isLetter(previous)
                || (char == "'" || char == "’") && Self.isLetter(previous) && Self.isLetter(next)
                || char == "." && (Self.isNumber(previous) && Self.isNumber(next) || previous.isUppercase && current.count <= 3)
                || char == "%" && Self.isNumber(previous) || ClaimReader.currencySymbols.contains(char) && Self.opensSum(current) {
                if current.isEmpty { start = scalarOffset }
                current.append(char)
                if quoted { quote.append(char) }
            } else if opens && !quoted {
                flush("")
                quoted = true
                quote = char == "‘" ? "‘" : ""
            } else if closes && quoted {
                flush("")
                quoted = false
                quotations.append(quote.hasPrefix("‘") ? String(quote.dropFirst()) : quote)
                quote = ""
            } else {
                flush([",", ";", "(", ")", ":"].contains(String(char)) ? String(char) : "")
                if quoted { quote.append(char) }
            }
            previous = char
            scalarOffset += char.unicodeScalars.count
        }
        flush("")
        if quoted, !quote.isEmpty { quotations.append(quote) }
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
