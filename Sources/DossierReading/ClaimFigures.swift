import DossierLanguage

extension ClaimReader {
    static let numberWords: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a", "several"]
    static let units: Set<String> = ["day", "days", "week", "weeks", "month", "months", "year", "years", "hours", "hour"]

    /// The words that make a figure approximate or a bound, kept with it ("more than $4 billion"):
    /// an amount said without them would claim more than the sentence does.
    static let approximations = [["more", "than"], ["less", "than"], ["fewer", "than"], ["at", "least"], ["up", "to"],
                                 ["over"], ["about"], ["around"], ["nearly"], ["almost"], ["roughly"], ["some"]]

    static func approximation(before index: Int, in words: [SentenceWords.Word]) -> String {
        for phrase in approximations where index >= phrase.count {
            let before = words[(index - phrase.count)..<index].map(\.folded)
            if before == phrase { return phrase.joined(separator: " ") + " " }
        }
        return ""
    }

    /// "two days after", "six-day tour", "in 14 years": a length of time the sentence states.
    static func duration(in words: [SentenceWords.Word]) -> String? {
        for index in words.indices.dropLast() {
            let word = words[index].folded
            let next = words[index + 1].folded
            if (numberWords.contains(word) || words[index].isFigure) && units.contains(next) {
                return words[index].surface + " " + words[index + 1].surface
            }
            if word.utf8.contains(0x2D), let hyphen = word.firstIndex(of: "-"), numberWords.contains(String(word[..<hyphen]))
                || Int(word[..<hyphen]) != nil, units.contains(String(word[word.index(after: hyphen)...]) + "s") {
                return words[index].surface
            }
        }
        return nil
    }

    /// Words that scale a figure and stay with it.
    static let scales: Set<String> = ["billion", "million", "trillion", "thousand", "hundred"]
    /// Symbols that make a figure a sum of money, kept with it ("$4 billion", "US$60 million", "€5 million").
    static let currencySymbols: Set<Character> = ["$", "€", "£", "¥"]

    /// The amounts the claim's own words state, and the share among them: a percentage, a
    /// sum of money, a figure with a decimal point or a scale word ("1.8 billion"), and a
    /// count of things ("17 cooperation agreements"). Each keeps what the sentence says
    /// with it: its bound ("about"), its scale and the plural noun it measures ("60 million
    /// dollars", "5 million tonnes"), so a currency is never lost. The share is the
    /// percentages alone: "90 percent of the $30 billion" has a share of 90 percent.
    static func amounts(in words: [SentenceWords.Word], owned span: ClaimSpan) -> (amount: String?, share: String?) {
        var said: [(text: String, isShare: Bool)] = []
        for index in words.indices where span.contains(index) && words[index].isFigure {
            let word = words[index]
            let next = words[safe: index + 1]?.folded ?? ""
            let isShare = word.surface.hasSuffix("%") || next == "percent"
            let isMoney = word.surface.contains { currencySymbols.contains($0) }
            if isShare || isMoney || word.surface.contains(".") || scales.contains(next) || next == "per" {
                var text = approximation(before: index, in: words) + word.surface
                var end = index
                if isShare && next == "percent" || scales.contains(next) {
                    end += 1
                    text += " " + words[end].surface
                }
                if !isShare, words[end].after.isEmpty, let unit = words[safe: end + 1], isMeasureNoun(unit) {
                    text += " " + unit.surface
                }
                said.append((text, isShare))
            } else if let count = count(at: index, in: words) {
                said.append((approximation(before: index, in: words) + count, false))
            }
        }
        let amount = said.isEmpty ? nil : said.map(\.text).joined(separator: ", ")
        let shares = said.filter(\.isShare)
        return (amount, shares.isEmpty ? nil : shares.map(\.text).joined(separator: ", "))
    }

    /// A plural common noun a figure measures: "dollars", "tonnes", "agreements"; not a
    /// name, a length of time (a duration) or a stopword.
    static func isMeasureNoun(_ word: SentenceWords.Word) -> Bool {
        !word.capitalised && !word.isFigure && !word.quoted && word.folded.count > 3 && word.folded.hasSuffix("s")
            && !word.folded.hasSuffix("ss") && !units.contains(word.folded) && !Lexicon.bundled.isStopword(word.folded)
    }

    /// "17 cooperation agreements", "three new consulates": a whole number under a thousand
    /// before a plural noun (a word or two on, in the same phrase) is a count, said with its
    /// noun. A year, a day of the month and a length of time are not counts.
    static func count(at index: Int, in words: [SentenceWords.Word]) -> String? {
        let word = words[index]
        guard let value = Int(word.surface), value < 1000, index == 0 || !["in", "on", "of", "since", "from", "until", "by"].contains(words[index - 1].folded)
        else { return nil }
        var end = index
        while end < words.count - 1, end - index < 3, words[end].after.isEmpty {
            end += 1
            let noun = words[end]
            if noun.capitalised || noun.isFigure || Lexicon.bundled.isStopword(noun.folded) || units.contains(noun.folded) { return nil }
            if isMeasureNoun(noun) { return words[index...end].map(\.surface).joined(separator: " ") }
        }
        return nil
    }
}
