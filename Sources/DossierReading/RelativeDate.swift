import DossierKit
import Foundation

/// An event dated from another: "A did X on 16 May, two days after B did Y" dates Y on
/// 14 May; "three months after" a day dates it by its month, "two years before" by its
/// year. The clause of the verb opens with a length of time and "after" or "before"; the
/// date it counts from is the last date before that clause (else the first after it).
/// Weeks and months are counted loosely in English, so they give a month when the month
/// holds the whole uncertainty, else the year (``looseness``); days a day; years a year. A clause without such an opening, or with nothing to count from, gives nil.
enum RelativeDate {
    static let numbers = ["a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12]
    /// Units by their singular, with the calendar component each counts and the precision
    /// its result keeps.
    static let units: [String: (component: Calendar.Component, scale: Int, precision: TimeValue.Precision)] = [
        "day": (.day, 1, .day), "week": (.day, 7, .month), "month": (.month, 1, .month), "year": (.year, 1, .year),
    ]
    /// How many days a count of weeks or months may be off ("three months after" a day
    /// is seldom to the day): the result keeps its month only when the month holds the
    /// whole window, its year only when the year does.
    static let looseness: [Calendar.Component: Int] = [.day: 0, .month: 10]
    static let weekLooseness = 3

    /// The date of the claim whose verb is at `position`, with how it was counted
    /// ("three months before 11 June 2023").
    static func time(verbAt position: Int, in dates: ClaimDate) -> (time: TimeValue, label: String)? {
        let words = dates.words
        guard position < words.count else { return nil }
        let own = dates.clause(at: position)
        for index in own.lowerBound..<max(own.lowerBound, min(position, own.lowerBound + 4)) where index + 2 < words.count {
            let word = words[index].folded
            guard let count = numbers[word] ?? (words[index].isFigure ? Int(words[index].surface) : nil) else { continue }
            let noun = words[index + 1].folded
            guard let unit = units[noun] ?? units[noun.hasSuffix("s") ? String(noun.dropLast()) : ""],
                  ["after", "before"].contains(words[index + 2].folded) else { continue }
            let anchor = dates.dates.last { $0.position < own.lowerBound } ?? dates.dates.first { $0.position >= own.upperBound }
            guard let anchor, let counted = shift(anchor.time, by: count * unit.scale, unit.component,
                                                   back: words[index + 2].folded == "after", precision: unit.precision)
            else { return nil }
            let phrase = words[index...index + 1].map(\.surface).joined(separator: " ")
            return (counted, phrase + (words[index + 2].folded == "after" ? " before " : " after ") + anchor.time.label)
        }
        return nil
    }

    /// The date `amount` units before (or after) `time`, at `precision`; nil when `time`
    /// is less precise than the result would claim.
    static func shift(_ time: TimeValue, by amount: Int, _ component: Calendar.Component, back: Bool,
                      precision: TimeValue.Precision) -> TimeValue? {
        guard [.day, .month, .year].contains(time.precision), let year = time.from else { return nil }
        let needsDay = component == .day
        let needsMonth = component != .year
        guard !needsDay || time.day != nil, !needsMonth || time.month != nil else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: year, month: time.month ?? 1, day: time.day ?? 1)
        guard let date = calendar.date(from: components),
              let moved = calendar.date(byAdding: component, value: back ? -amount : amount, to: date) else { return nil }
        let parts = calendar.dateComponents([.year, .month, .day], from: moved)
        guard let y = parts.year, let m = parts.month, let d = parts.day else { return nil }
        let slack = component == .day ? (precision == .day ? 0 : weekLooseness) : looseness[component] ?? 0
        let window = [-slack, slack].compactMap { calendar.date(byAdding: .day, value: $0, to: moved) }
            .map { calendar.dateComponents([.year, .month], from: $0) }
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        switch precision {
        case .day: return TimeValue("\(y)-\(two(m))-\(two(d))")
        case .month where window.allSatisfy({ $0.year == y && $0.month == m }): return TimeValue("\(y)-\(two(m))")
        default: return window.allSatisfy({ $0.year == y }) ? TimeValue("\(y)") : nil
        }
    }
}
