import DossierLanguage
/// Splits a run of text into sentences by offsets: a sentence ends at `.`, `!`, `?` or
/// `…` (with any closing quotes or brackets) when space and a capital, digit or opening
/// quote follow, except after an initial ("W.") or a known abbreviation ("U.S.", "Dr.").
enum SentenceSplitter {
    static func split(_ text: [Unicode.Scalar], in range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = ScalarClass.skipSpace(text, from: range.lowerBound, to: range.upperBound)
        var index = start
        while index < range.upperBound {
            let scalar = text[index]
            guard terminators.contains(scalar) else { index += 1; continue }
            var next = index + 1
            while next < range.upperBound, terminators.contains(text[next]) { next += 1 }
            while next < range.upperBound, closers.contains(text[next]) { next += 1 }
            let following = ScalarClass.skipSpace(text, from: next, to: range.upperBound)
            if following > next, following < range.upperBound, opensSentence(text[following]),
               !(scalar == "." && isAbbreviation(text, endingAt: index)) {
                result.append(start..<next)
                start = following
                index = following
                continue
            }
            index = next
        }
        let end = ScalarClass.trimEnd(text, from: start, to: range.upperBound)
        if start < end { result.append(start..<end) }
        return result
    }

    private static let terminators: Set<Unicode.Scalar> = [".", "!", "?", "\u{2026}"]
    private static let closers: Set<Unicode.Scalar> = ["\"", "'", ")", "]", "\u{201D}", "\u{2019}", "\u{00BB}"]
    private static let openers: Set<Unicode.Scalar> = ["\"", "'", "(", "[", "\u{201C}", "\u{2018}", "\u{00AB}", "\u{00BF}", "\u{00A1}"]

    private static func opensSentence(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isUppercase || ("0"..."9").contains(scalar) || openers.contains(scalar)
    }

    /// Short words that end with a period without ending the sentence.
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "gov", "sen", "rep", "lt", "col",
        "capt", "vs", "no", "inc", "ltd", "co", "corp", "dept", "approx", "fig", "vol",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// True when the word before the period is an initial, a dotted abbreviation
    /// ("U.S", "e.g") or one of the known short words.
    private static func isAbbreviation(_ text: [Unicode.Scalar], endingAt period: Int) -> Bool {
        var first = period
        while first > 0, text[first - 1].properties.isAlphabetic || text[first - 1] == "." { first -= 1 }
        let word = text[first..<period]
        if word.isEmpty { return false }
        if word.count == 1 { return word.first!.properties.isUppercase }
        if word.contains(".") { return true }
        return abbreviations.contains(String(String.UnicodeScalarView(word)).lowercased())
    }
}
