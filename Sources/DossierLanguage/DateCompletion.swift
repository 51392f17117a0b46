public import DossierKit
import Foundation

/// Dates a sentence leaves partial, completed from the document's date: "on March 31"
/// and "8 May" take the reference year, "in April" a month of it, "on Monday" the last
/// Monday on or before the reference day (only when that day is known), "last year" and
/// "the following year" a year from it. Precision is never raised: a weekday against a
/// reference known to the month gives that month, never an invented day.
public enum DateCompletion {
    /// Words after which a month alone ("in April", "last December") is a date.
    static let monthPrepositions: Set<String> = ["in", "since", "until", "by", "during", "last", "early", "late", "mid"]
    /// Words after which a weekday ("on Monday") is a date.
    static let weekdayPrepositions: Set<String> = ["on", "last", "this", "since"]
    /// "last year", "the following year": the year they stand for, from the reference's.
    static let relativeYears: [(words: [String], offset: Int)] = [
        (["last"], -1), (["next"], 1), (["this"], 0), (["the", "following"], 1), (["the", "previous"], -1),
    ]

    static let monthIndex: [String: Int] = {
        var table: [String: Int] = [:]
        for (index, name) in TimeValue.monthNames.enumerated() { table[name] = index + 1 }
        for (name, number) in [("Jan", 1), ("Feb", 2), ("Aug", 8), ("Sept", 9), ("Sep", 9), ("Oct", 10), ("Nov", 11), ("Dec", 12), ("Jul", 7), ("Jun", 6)] {
            table[name] = number
        }
        return table
    }()

    /// Dates the sentence states in full (``DateMentions``) and, after them, those it
    /// leaves partial completed against `reference`; nil reference completes nothing.
    public static func times(in sentence: String, reference: TimeValue?) -> [TimeValue] {
        mentions(in: sentence, reference: reference).map(\.time)
    }

    /// The same dates with where each is written.
    public static func mentions(in sentence: String, reference: TimeValue?) -> [DateMention] {
        let words = DateWords(sentence)
        var found: [DateMention] = []
        if DateMentions.hasYear(sentence) {
            let uncited = DateMentions.withoutCitations(sentence)
            found = DateMentions.mentions(on: uncited == sentence ? words : DateWords(uncited))
        }
        func at(_ range: Range<Int>) -> Int { words.words[range.lowerBound].offset }
        // "Sept. 5, 2018": an abbreviated month with its day and year.
        for run in DateMentions.hasYear(sentence) ? words.runs({ abbreviated(words, at: $0) }) : []
        where !found.contains(where: { $0.time == run.value }) {
            found.append(DateMention(time: run.value, offset: at(run.range)))
        }
        guard let reference, let year = reference.from else { return found }
        var partial: [DateMention] = []
        func add(_ text: String, _ offset: Int) {
            if let time = TimeValue(text) { partial.append(DateMention(time: time, offset: offset)) }
        }
        for run in words.runs({ monthDay(words, at: $0) }) {
            add(yearFor(month: run.value.month, reference: reference, year: year) + "-\(pad(run.value.month))-\(pad(run.value.day))", at(run.range))
        }
        for run in words.runs({ dayMonth(words, at: $0) }) {
            add(yearFor(month: run.value.month, reference: reference, year: year) + "-\(pad(run.value.month))-\(pad(run.value.day))", at(run.range))
        }
        if partial.isEmpty, let run = words.runs({ inMonth(words, at: $0) }).first {
            add(yearFor(month: run.value, reference: reference, year: year) + "-\(pad(run.value))", at(run.range))
        }
        if partial.isEmpty, let run = words.runs({ weekday(words, at: $0) }).first,
           let time = lastWeekday(run.value, onOrBefore: reference) {
            partial.append(DateMention(time: time, offset: at(run.range)))
        }
        if partial.isEmpty, let run = words.runs({ relativeYear(words, at: $0) }).first {
            add(String(year + run.value), at(run.range))
        }
        for mention in partial
        where !found.contains(where: { $0.time.years.overlaps(mention.time.years) && rank($0.time) <= rank(mention.time) }) {
            found.append(mention)
        }
        return found
    }

    /// A month name or its abbreviation, and the gap after it without the abbreviation's dot.
    private static func month(_ word: DateWords.Word?) -> (number: Int, gap: Substring)? {
        guard let word, let number = monthIndex[word.text] else { return nil }
        return (number, word.gap.first == "." ? word.gap.dropFirst() : word.gap[...])
    }

    /// "Sept. 5, 2018".
    private static func abbreviated(_ words: DateWords, at index: Int) -> (length: Int, value: TimeValue)? {
        guard let named = month(words[index]), DateWords.isSpaces(named.gap), let day = words[index + 1], let d = day.day,
              DateWords.isSpaces(day.gap, strictlyAfter: ","), let y = words[index + 2], y.isYear,
              let time = TimeValue("\(y.text)-\(pad(named.number))-\(pad(d))") else { return nil }
        return (3, time)
    }

    /// True when a year follows a word: "March 31, 2020" is a full date, not a partial one.
    private static func yearFollows(_ word: DateWords.Word, in words: DateWords, at next: Int) -> Bool {
        DateWords.isSpaces(word.gap, after: ",") && words[next]?.startsWithYear == true
    }

    /// "March 31", "Sept. 5" with no year after.
    private static func monthDay(_ words: DateWords, at index: Int) -> (length: Int, value: (month: Int, day: Int))? {
        guard let named = month(words[index]), DateWords.isSpaces(named.gap), let day = words[index + 1], let d = day.day,
              (1...31).contains(d), !yearFollows(day, in: words, at: index + 2) else { return nil }
        return (2, (named.number, d))
    }

    /// "8 May" with no year after.
    private static func dayMonth(_ words: DateWords, at index: Int) -> (length: Int, value: (month: Int, day: Int))? {
        guard let day = words[index], let d = day.day, (1...31).contains(d), DateWords.isSpaces(day.gap),
              let monthWord = words[index + 1], let m = month(monthWord)?.number,
              !yearFollows(monthWord, in: words, at: index + 2) else { return nil }
        return (2, (m, d))
    }

    /// "in April", "last December", "mid-March" with no day or year after.
    private static func inMonth(_ words: DateWords, at index: Int) -> (length: Int, value: Int)? {
        guard let preposition = words[index], monthPrepositions.contains(preposition.lower),
              DateWords.isSpaces(preposition.gap) || preposition.lower == "mid"
                && (preposition.gap == "-" || DateWords.isSpaces(preposition.gap, strictlyAfter: "-")),
              let monthWord = words[index + 1], let m = month(monthWord)?.number,
              !(DateWords.isSpaces(monthWord.gap) && words[index + 2]?.startsWithDigit == true) else { return nil }
        return (2, m)
    }

    /// "on Monday", "last Friday".
    private static func weekday(_ words: DateWords, at index: Int) -> (length: Int, value: Int)? {
        guard let preposition = words[index], weekdayPrepositions.contains(preposition.lower),
              DateWords.isSpaces(preposition.gap), let day = words[index + 1], let number = weekdayNumber(day.text)
        else { return nil }
        return (2, number)
    }

    /// "last year", "the following year": the offset from the reference's year.
    private static func relativeYear(_ words: DateWords, at index: Int) -> (length: Int, value: Int)? {
        for (phrase, offset) in relativeYears {
            var fits = true
            for (position, expected) in phrase.enumerated() {
                guard let word = words[index + position], word.lower == expected, word.gap == " " else { fits = false; break }
            }
            if fits, let year = words[index + phrase.count], year.lower == "year" {
                return (phrase.count + 1, offset)
            }
        }
        return nil
    }

    /// A month later in the year than the reference's month is read as the year before
    /// ("in December", written in a June article, is last December).
    private static func yearFor(month: Int, reference: TimeValue, year: Int) -> String {
        guard let referenceMonth = reference.month, month > referenceMonth else { return String(year) }
        return String(year - 1)
    }

    /// The last such weekday on or before a reference day; the reference's month when the
    /// reference has no day; nil when it has no month.
    static func lastWeekday(_ weekday: Int, onOrBefore reference: TimeValue) -> TimeValue? {
        guard let year = reference.from, let month = reference.month else { return nil }
        guard let day = reference.day else { return TimeValue("\(year)-\(pad(month))") }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: DateComponents(year: year, month: month, day: day)) else { return nil }
        let current = calendar.component(.weekday, from: date)  // 1 = Sunday
        let back = (current - weekday + 7) % 7
        guard let target = calendar.date(byAdding: .day, value: -back, to: date) else { return nil }
        let parts = calendar.dateComponents([.year, .month, .day], from: target)
        return TimeValue("\(parts.year!)-\(pad(parts.month!))-\(pad(parts.day!))")
    }

    private static func weekdayNumber(_ name: String) -> Int? {
        let days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        return days.firstIndex(of: name).map { $0 + 1 }
    }

    private static func rank(_ time: TimeValue) -> Int {
        switch time.precision {
        case .day: 0
        case .month: 1
        case .year: 2
        default: 3
        }
    }

    private static func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
}
