public import DossierKit
import Foundation

/// Dates a sentence leaves partial, completed from the document's date: "on March 31"
/// and "8 May" take the reference year, "in April" a month of it, "on Monday" the last
/// Monday on or before the reference day (only when that day is known), "last year" and
/// "the following year" a year from it. Precision is never raised: a weekday against a
/// reference known to the month gives that month, never an invented day.
public enum DateCompletion {
    private static let month = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|Jul|Jun)\\.?"
    private nonisolated(unsafe) static let monthDay = try! Regex(#"\b"# + month + #"\s+(\d{1,2})\b(?!,?\s+\d{4})(?!\d)"#)
    private nonisolated(unsafe) static let dayMonth = try! Regex(#"\b(\d{1,2})\s+"# + month + #"\b(?!,?\s+\d{4})"#)
    private nonisolated(unsafe) static let inMonth = try! Regex(#"\b(?i:in|since|until|by|during|last|early|late|mid-)\s+"# + month + #"\b(?!\s+\d)"#)
    private nonisolated(unsafe) static let weekday = try! Regex(#"\b(?i:on|last|this|since)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"#)
    private nonisolated(unsafe) static let relativeYear = try! Regex(#"\b(?i:(last|next|the following|the previous|this) year)\b"#)
    private nonisolated(unsafe) static let abbreviated = try! Regex(#"\b"# + month + #"\s+(\d{1,2}),\s+(\d{4})\b"#)

    static let monthIndex: [String: Int] = {
        var table: [String: Int] = [:]
        for (index, name) in TimeValue.monthNames.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["Sept"] = 9
        return table
    }()

    /// Dates the sentence states in full (``DateMentions``) and, after them, those it
    /// leaves partial completed against `reference`; nil reference completes nothing.
    public static func times(in sentence: String, reference: TimeValue?) -> [TimeValue] {
        var found = DateMentions.times(in: sentence)
        for match in sentence.matches(of: abbreviated) {
            guard let m = monthNumber(match.output[1].substring), let d = Int(match.output[2].substring ?? ""),
                  let y = match.output[3].substring, let time = TimeValue("\(y)-\(pad(m))-\(pad(d))") else { continue }
            if !found.contains(time) { found.append(time) }
        }
        guard let reference, let year = reference.from else { return found }
        var partial: [TimeValue] = []
        for match in sentence.matches(of: monthDay) {
            if let m = monthNumber(match.output[1].substring), let d = Int(match.output[2].substring ?? ""), (1...31).contains(d) {
                partial += TimeValue(yearFor(month: m, reference: reference, year: year) + "-\(pad(m))-\(pad(d))").map { [$0] } ?? []
            }
        }
        for match in sentence.matches(of: dayMonth) {
            if let d = Int(match.output[1].substring ?? ""), (1...31).contains(d), let m = monthNumber(match.output[2].substring) {
                partial += TimeValue(yearFor(month: m, reference: reference, year: year) + "-\(pad(m))-\(pad(d))").map { [$0] } ?? []
            }
        }
        for match in sentence.matches(of: inMonth) where partial.isEmpty {
            if let m = monthNumber(match.output[1].substring) {
                partial += TimeValue(yearFor(month: m, reference: reference, year: year) + "-\(pad(m))").map { [$0] } ?? []
            }
        }
        if partial.isEmpty, let match = sentence.firstMatch(of: weekday), let day = weekdayNumber(match.output[1].substring) {
            partial += lastWeekday(day, onOrBefore: reference).map { [$0] } ?? []
        }
        if partial.isEmpty, let match = sentence.firstMatch(of: relativeYear), let word = match.output[1].substring {
            let offset = word.lowercased().hasPrefix("last") || word.lowercased().hasPrefix("the previous") ? -1
                : word.lowercased() == "this year" ? 0 : 1
            partial += TimeValue(String(year + offset)).map { [$0] } ?? []
        }
        for time in partial where !found.contains(where: { $0.years.overlaps(time.years) && rank($0) <= rank(time) }) {
            found.append(time)
        }
        return found
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

    private static func monthNumber(_ name: Substring?) -> Int? {
        guard let name else { return nil }
        return monthIndex[String(name).trimmingCharacters(in: CharacterSet(charactersIn: "."))]
    }

    private static func weekdayNumber(_ name: Substring?) -> Int? {
        let days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        return name.flatMap { days.firstIndex(of: String($0)) }.map { $0 + 1 }
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
