public import DossierKit

/// Finds the dates a sentence states, at the precision it states them: "on April 19,
/// 1945" (day), "in March 2007" (month), "In 1995," or "in late 2023" (year), "until the
/// early 1960s" (decade). A bare number is not a date: a year counts only after a word
/// such as "in", "since" or "by". Bracketed citation dates ("(, August 21, 2023)") are
/// skipped, since they date the cited article, not the event.
///
/// Read on the sentence's words (``DateWords``), longest form first: a day-month-year
/// run is not read again as a month or a year.
public enum DateMentions {
    /// Words after which a month and year ("in March 2007") is a date.
    static let monthPrepositions: Set<String> = ["in", "since", "until", "by", "during"]
    /// Words after which a decade ("until the early 1960s") is a date.
    static let decadePrepositions: Set<String> = ["in", "until", "since", "during", "by", "from", "to"]
    /// Words after which a bare year ("In 1995", "since 1948") is a date.
    static let yearPrepositions: Set<String> = ["in", "since", "until", "after", "before", "by", "during", "from", "to", "of"]
    /// Words that may stand between such a word and its year: "in late 2023", "by the end of 2020".
    static let yearQualifiers: [[String]] = [["early"], ["mid"], ["late"], ["the", "end", "of"], ["the", "start", "of"], ["the", "beginning", "of"]]
    static let decadeParts: Set<String> = ["early", "mid", "late"]

    /// The time texts (`"1945-04-19"`, `"2007-03"`, `"1995"`, `"early 1960s"`) the sentence states, in order, without repeats.
    public static func times(in sentence: String) -> [TimeValue] {
        mentions(in: sentence).map(\.time)
    }

    /// The dates the sentence states with where each is written, in order, without repeats.
    public static func mentions(in sentence: String) -> [DateMention] {
        guard hasYear(sentence) else { return [] }
        return mentions(on: DateWords(withoutCitations(sentence)))
    }

    /// ``mentions(in:)`` on the words of a sentence with a year, its citations blanked
    /// (``withoutCitations(_:)``): ``DateCompletion`` reads the same words when the
    /// sentence cites nothing.
    static func mentions(on words: DateWords) -> [DateMention] {
        var found: [(Int, String)] = []
        var covered: [Range<Int>] = []
        func keep(_ runs: [(range: Range<Int>, value: String)], cover: Bool = true) {
            for run in runs where !covered.contains(where: { $0.overlaps(run.range) }) {
                found.append((run.range.lowerBound, run.value))
                if cover { covered.append(run.range) }
            }
        }
        keep(words.runs { dayFirst(words, at: $0) })
        keep(words.runs { dayMonth(words, at: $0) })
        keep(words.runs { monthYear(words, at: $0) })
        keep(words.runs { decade(words, at: $0) }, cover: false)
        keep(words.runs { yearSpan(words, at: $0) })
        keep(words.runs { year(words, at: $0) })
        var seen = Set<String>()
        return found.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.compactMap { item in
            guard seen.insert(item.element.1).inserted, let time = TimeValue(item.element.1) else { return nil }
            return DateMention(time: time, offset: words.words[item.element.0].offset)
        }
    }

    /// "April 19, 1945", "April 19 1945".
    private static func dayFirst(_ words: DateWords, at index: Int) -> (length: Int, value: String)? {
        guard let month = monthNumber(words[index]), let day = words[index + 1], let dayNumber = day.day,
              let year = words[index + 2], year.isYear, DateWords.isSpaces(words[index]!.gap),
              DateWords.isSpaces(day.gap, after: ",") else { return nil }
        return (3, "\(year.text)-\(pad(month))-\(pad(dayNumber))")
    }

    /// "19 April 1945", "19 April, 1945".
    private static func dayMonth(_ words: DateWords, at index: Int) -> (length: Int, value: String)? {
        guard let dayWord = words[index], let day = dayWord.day, DateWords.isSpaces(dayWord.gap),
              let monthWord = words[index + 1], let month = monthNumber(monthWord), DateWords.isSpaces(monthWord.gap, after: ","),
              let year = words[index + 2], year.isYear else { return nil }
        return (3, "\(year.text)-\(pad(month))-\(pad(day))")
    }

    /// "in March 2007", "since May of 2018".
    private static func monthYear(_ words: DateWords, at index: Int) -> (length: Int, value: String)? {
        guard let preposition = words[index], monthPrepositions.contains(preposition.lower),
              DateWords.isSpaces(preposition.gap), let monthWord = words[index + 1], let month = monthNumber(monthWord),
              DateWords.isSpaces(monthWord.gap) else { return nil }
        var next = index + 2
        if let of = words[next], of.text == "of", DateWords.isSpaces(of.gap) { next += 1 }
        guard let year = words[next], year.isYear else { return nil }
        return (next - index + 1, "\(year.text)-\(pad(month))")
    }

    /// "in the 1990s", "until the early 1960s", "since the mid-1980s".
    private static func decade(_ words: DateWords, at index: Int) -> (length: Int, value: String)? {
        guard let preposition = words[index], decadePrepositions.contains(preposition.lower),
              DateWords.isSpaces(preposition.gap), let the = words[index + 1], the.text == "the", DateWords.isSpaces(the.gap)
        else { return nil }
        var next = index + 2
        var part = ""
        if let qualifier = words[next], decadeParts.contains(qualifier.text), qualifier.gap == "-" || qualifier.gap == " " {
            part = qualifier.text + " "
            next += 1
        }
        guard let word = words[next], word.text.utf8.count == 5, word.text.hasSuffix("s"),
              word.text.utf8.prefix(4).allSatisfy(DateWords.Word.isDigit), word.text.utf8.dropFirst(3).first == 0x30
        else { return nil }
        return (next - index + 1, part + word.text)
    }

    /// "from 2005 to 2010", "between 2005 and 2010": a span of years; "from 2005" with no
    /// end: a span open to the future (what went on from then on), not the year alone.
    private static func yearSpan(_ words: DateWords, at index: Int) -> (length: Int, value: String)? {
        guard let opener = words[index], ["from", "between"].contains(opener.lower), DateWords.isSpaces(opener.gap),
              let first = words[index + 1], first.isYear, let start = Int(first.text), (1000...2099).contains(start)
        else { return nil }
        let closer = opener.lower == "between" ? ["and"] : ["to", "until", "till", "through"]
        if DateWords.isSpaces(first.gap), let word = words[index + 2], closer.contains(word.lower),
           DateWords.isSpaces(word.gap), let last = words[index + 3], last.isYear, let end = Int(last.text), end > start, end <= 2099 {
            return (4, "\(start)..\(end)")
        }
        guard opener.lower == "from", !first.gap.hasPrefix("%") else { return nil }
        return (2, "\(start)..")
    }

    /// "In 1995", "since 1948", "in late 2023", "by the end of 2020", "in mid-2019"; not
    /// "in 2014 boats" read as a share ("by 2019%").
    private static func year(_ words: DateWords, at index: Int) -> (length: Int, value: String)? {
        guard let preposition = words[index], yearPrepositions.contains(preposition.lower),
              DateWords.isSpaces(preposition.gap) else { return nil }
        var next = index + 1
        for qualifier in yearQualifiers {
            let fits = qualifier.indices.allSatisfy { offset in
                guard let word = words[next + offset], word.lower == qualifier[offset] else { return false }
                let last = offset == qualifier.count - 1
                return last ? DateWords.isSpaces(word.gap) || qualifier.count == 1 && word.gap == "-" : word.gap == " "
            }
            if fits { next += qualifier.count; break }
        }
        guard let year = words[next], year.isYear, !year.gap.hasPrefix("%"), let value = Int(year.text),
              (1000...2099).contains(value) else { return nil }
        return (next - index + 1, year.text)
    }

    /// The sentence with bracketed citation dates ("(, August 21, 2023)") blanked out,
    /// scalar for scalar, so offsets stay those of the sentence.
    static func withoutCitations(_ sentence: String) -> String {
        guard sentence.contains("(") else { return sentence }
        var scalars = Array(sentence.unicodeScalars)
        var index = 0
        var changed = false
        while index < scalars.count {
            guard scalars[index] == "(" else { index += 1; continue }
            var look = index + 1
            while look < scalars.count, scalars[look].properties.isWhitespace { look += 1 }
            guard look < scalars.count, scalars[look] == ",",
                  let close = scalars[look...].firstIndex(of: ")") else { index += 1; continue }
            for blank in index...close { scalars[blank] = " " }
            changed = true
            index = close + 1
        }
        guard changed else { return sentence }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// True when the sentence holds a run of exactly four digits: the cheap test that
    /// spares most sentences the reading.
    public static func hasYear(_ sentence: String) -> Bool {
        var run = 0
        for byte in sentence.utf8 {
            if (0x30...0x39).contains(byte) {
                run += 1
            } else {
                if run == 4 { return true }
                run = 0
            }
        }
        return run == 4
    }

    /// The month a word names in full ("March"; never "march" or "Mar").
    static func monthNumber(_ word: DateWords.Word?) -> Int? {
        guard let word, word.text.utf8.count >= 3 else { return nil }
        return fullMonths[word.text]
    }

    private static let fullMonths: [String: Int] = Dictionary(
        uniqueKeysWithValues: TimeValue.monthNames.enumerated().map { ($0.element, $0.offset + 1) })

    static func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
}

/// A date a sentence writes: its time and the offset, in Unicode scalars, of its first word.
public struct DateMention: Sendable, Hashable {
    public var time: TimeValue
    public var offset: Int

    public init(time: TimeValue, offset: Int) {
        self.time = time
        self.offset = offset
    }
}
