/// What a claim's sentence says in so many words: whether it names a phrase, and whether
/// it holds the numbers of a figure composed from it.
enum QuoteText {
    /// True when `text` holds `phrase` as whole words ("in Jerusalem", not "Jerusalemite").
    static func names(_ text: String, _ phrase: String) -> Bool {
        guard !phrase.isEmpty else { return false }
        return asciiNames(text, phrase) ?? characterNames(text, phrase)
    }

    /// ``names(_:_:)`` by `Character`, the way every text can be searched.
    static func characterNames(_ text: String, _ phrase: String) -> Bool {
        guard !phrase.isEmpty else { return false }
        var searched = text.startIndex..<text.endIndex
        while let found = text[searched].firstRange(of: phrase) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { return true }
            searched = found.upperBound..<text.endIndex
        }
        return false
    }

    /// ``names(_:_:)`` on the bytes of two ASCII texts, where each byte is a character (but
    /// for a carriage return, which joins the line feed after it) and a letter is `A`-`Z` or
    /// `a`-`z`: the same search, from the end of each match found to the next; nil when
    /// either text holds another byte.
    ///
    /// An ASCII text holds no phrase with a character outside ASCII, unless that character
    /// is one of the few that are canonically an ASCII one (the Kelvin sign is "K").
    private static func asciiNames(_ text: String, _ phrase: String) -> Bool? {
        let found = text.utf8.withContiguousStorageIfAvailable { text in
            phrase.utf8.withContiguousStorageIfAvailable { phrase in asciiNames(text, phrase) }
        }
        if let found = found.flatMap({ $0.flatMap { $0 } }) { return found }
        guard isPlainASCII(text), !phrase.utf8.allSatisfy({ $0 < 0x80 }),
              !phrase.unicodeScalars.contains(where: asciiEquivalents.contains)
        else { return nil }
        return false
    }

    /// The scalars outside ASCII whose canonical form is an ASCII character: the Greek
    /// question mark (";"), the Greek varia ("`") and the Kelvin sign ("K").
    private static let asciiEquivalents: Set<Unicode.Scalar> = ["\u{037E}", "\u{1FEF}", "\u{212A}"]

    /// True when the text is ASCII, each of its bytes a character of its own (no carriage return).
    static func isPlainASCII(_ text: String) -> Bool { text.utf8.allSatisfy(isPlainASCIIByte) }

    /// True when the text, lowercased, still holds a character that is no ASCII one: a
    /// scalar outside ASCII other than the three canonically ASCII ones (the Kelvin sign,
    /// the one scalar outside ASCII that lowercases into it, is one of them). An ASCII text
    /// never ``names(_:_:)`` such a phrase.
    static func staysOutsideASCII(_ text: String) -> Bool {
        text.unicodeScalars.contains { !$0.isASCII && !asciiEquivalents.contains($0) }
    }

    /// An ASCII byte that is a character of its own: anything but a carriage return, which
    /// joins the line feed after it.
    private static func isPlainASCIIByte(_ byte: UInt8) -> Bool { byte < 0x80 && byte != UInt8(ascii: "\r") }

    /// True when a character of the text is a number: on the bytes of an ASCII text, where
    /// only `0`-`9` are.
    static func writesNumber(_ text: String) -> Bool {
        if text.utf8.allSatisfy(isPlainASCIIByte) { return text.utf8.contains { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } }
        return text.contains(where: \.isNumber)
    }

    private static func asciiNames(_ text: UnsafeBufferPointer<UInt8>, _ phrase: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard text.allSatisfy(isPlainASCIIByte), phrase.allSatisfy(isPlainASCIIByte) else { return nil }
        let isLetter = { (byte: UInt8) in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
        }
        let length = phrase.count
        var start = 0
        while start + length <= text.count {
            guard let at = (start...(text.count - length)).first(where: { at in
                (0..<length).allSatisfy { text[at + $0] == phrase[$0] }
            }) else { return false }
            let end = at + length
            if !(at > 0 && isLetter(text[at - 1])), !(end < text.count && isLetter(text[end])) { return true }
            start = end
        }
        return false
    }

    /// Words by which a sentence tells of what is yet to happen ("will sign", "is
    /// expected to include"): a clause in the past would say it happened.
    static let futureWords: [String] = ["will", "would", "shall", "expected to", "plans to", "planned to", "intends to", "is to", "are to"]

    /// True when the text tells of something yet to happen.
    static func speaksOfFuture(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return futureWords.contains { names(lowered, $0) }
    }

    /// The numbers a text writes, thousands separators dropped: "4.6 billion and 1,200"
    /// holds "4.6" and "1200".
    static func numbers(in text: String) -> [String] {
        var found: [String] = []
        var current = ""
        let characters = Array(text)
        for (at, character) in characters.enumerated() {
            if character.isNumber {
                current.append(character)
            } else if [".", ","].contains(character), !current.isEmpty, at + 1 < characters.count, characters[at + 1].isNumber {
                if character == "." { current.append(character) }
            } else if !current.isEmpty {
                found.append(current)
                current = ""
            }
        }
        if !current.isEmpty { found.append(current) }
        return found
    }

    /// Names of months and their short forms: a number beside one is part of a date.
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    /// The years a bare four-digit number is read as rather than as a count.
    static let years = 1000...2199

    /// True when the text writes a number that is no part of a date: "17 agreements", "26%",
    /// "$4 million", but not "12 June", "2018", "the 1990s" or "3rd".
    static func holdsCount(_ text: String) -> Bool {
        let kept = { (c: Character) in c.isLetter || c.isNumber }
        let words = text.lowercased().split { $0.isWhitespace }.map { word in
            String(word.drop { !kept($0) }.reversed().drop { !kept($0) }.reversed())
        }
        return words.indices.contains { index in
            let word = words[index]
            guard let first = word.first(where: { $0.isNumber || $0.isLetter }), first.isNumber else { return false }
            let beside = [index > 0 ? words[index - 1] : "", index + 1 < words.count ? words[index + 1] : ""]
            if beside.contains(where: months.contains) { return false }
            if word.allSatisfy(\.isNumber), let value = Int(word), years.contains(value), word.count == 4 { return false }
            if ["s", "st", "nd", "rd", "th"].contains(where: { word.hasSuffix($0) && word.dropLast($0.count).allSatisfy(\.isNumber) }) {
                return false
            }
            return true
        }
    }

    /// True when every number of `figure` is a number of `text`.
    static func holdsNumbers(of figure: String, in text: String) -> Bool {
        let written = Set(numbers(in: text))
        return numbers(in: figure).allSatisfy(written.contains)
    }
}
