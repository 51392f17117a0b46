public import DossierKit

/// Finds the years a question restricts itself to: "in 1996", "before 2007",
/// "between 1990 and 2000", "since 2022", "in the early 1960s", "on July 2, 2007".
public enum TimeExpressionParser {
    /// Words after which a bare year restricts the question ("in 2007", "during 2022");
    /// elsewhere a year is part of a name ("the 2014 Winter Olympics").
    private static let yearPrepositions: Set<String> = ["in", "on", "during", "around", "by", "of", "year", "for"]

    /// A preposition, a month name or a day number: "in 2007", "July 2007", "2, 2007".
    private static func introducesYear(_ word: String) -> Bool {
        yearPrepositions.contains(word) || Int(word) != nil
            || TimeValue.monthNames.contains { $0.lowercased() == word || $0.prefix(3).lowercased() == word }
    }

    /// The question's time; words in `names` (the ranges of entity mentions) are skipped.
    public static func parse(_ tokens: [TextFolding.Token], outside names: [Range<Int>] = []) -> TimeConstraint? {
        let words = tokens.enumerated().map { index, token in
            names.contains { $0.contains(index) } ? "" : token.folded
        }
        for index in words.indices {
            if let found = range(words, at: index) ?? decade(words, at: index) {
                return found
            }
        }
        for (index, word) in words.enumerated() {
            let last = index == words.count - 1
            if let year = year(word), last || index > 0 && introducesYear(words[index - 1]) {
                return TimeConstraint(from: year, to: year, surface: words[max(0, index - 1)...index].joined(separator: " "))
            }
        }
        return nil
    }

    private static func range(_ words: [String], at index: Int) -> TimeConstraint? {
        let word = words[index]
        let next = index + 1 < words.count ? year(words[index + 1]) : nil
        let surface = { (length: Int) in words[index..<min(words.count, index + length)].joined(separator: " ") }
        switch word {
        case "between", "from":
            guard let first = next, index + 3 < words.count, ["and", "to", "until", "till"].contains(words[index + 2]),
                  let second = year(words[index + 3]) else { return nil }
            return TimeConstraint(from: min(first, second), to: max(first, second), surface: surface(4))
        case "before":
            return next.map { TimeConstraint(from: nil, to: $0 - 1, surface: surface(2)) }
        case "until", "till", "through":
            return next.map { TimeConstraint(from: nil, to: $0, surface: surface(2)) }
        case "after":
            return next.map { TimeConstraint(from: $0 + 1, to: nil, surface: surface(2)) }
        case "since":
            return next.map { TimeConstraint(from: $0, to: nil, surface: surface(2)) }
        case "prior", "earlier", "up":
            guard index + 2 < words.count, ["to", "than"].contains(words[index + 1]), let y = year(words[index + 2]) else { return nil }
            return TimeConstraint(from: nil, to: word == "up" ? y : y - 1, surface: surface(3))
        case "later":
            guard index + 2 < words.count, words[index + 1] == "than", let y = year(words[index + 2]) else { return nil }
            return TimeConstraint(from: y + 1, to: nil, surface: surface(3))
        default:
            return nil
        }
    }

    /// Decades written as words, read as the twentieth century's: "the sixties".
    public static let decadeWords = [
        "twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950,
        "sixties": 1960, "seventies": 1970, "eighties": 1980, "nineties": 1990,
    ]

    private static func decade(_ words: [String], at index: Int) -> TimeConstraint? {
        let word = words[index]
        let written = word.count == 5 && word.hasSuffix("s") ? year(String(word.dropLast())) : nil
        guard let base = written ?? decadeWords[word], base % 10 == 0 else { return nil }
        let part = index > 0 ? words[index - 1] : ""
        let surface = (["early", "mid", "late"].contains(part) ? part + " " : "") + word
        switch part {
        case "early": return TimeConstraint(from: base, to: base + 3, surface: surface)
        case "mid": return TimeConstraint(from: base + 3, to: base + 6, surface: surface)
        case "late": return TimeConstraint(from: base + 6, to: base + 9, surface: surface)
        default: return TimeConstraint(from: base, to: base + 9, surface: surface)
        }
    }

    public static func year(_ word: String) -> Int? {
        TextReader.isYear(word) ? Int(word) : nil
    }
}
