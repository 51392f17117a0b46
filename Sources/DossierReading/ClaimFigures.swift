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
            if let hyphen = word.firstIndex(of: "-"), numberWords.contains(String(word[..<hyphen]))
                || Int(word[..<hyphen]) != nil, units.contains(String(word[word.index(after: hyphen)...]) + "s") {
                return words[index].surface
            }
        }
        return nil
    }
}
