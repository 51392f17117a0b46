import Foundation

/// Reads the string forms of ``TimeValue``.
enum TimeValueParser {
    static func parse(_ raw: String) -> TimeValue? {
        if let plain = plainDate(raw) { return plain }
        let text = raw.trimmingWhitespace()
        if let range = text.range(of: "..") {
            return span(text, lower: String(text[..<range.lowerBound]), upper: String(text[range.upperBound...]))
        }
        if text.hasSuffix("s") { return decade(text) }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let year = year(parts[0]) else { return nil }
        switch parts.count {
        case 1:
            return TimeValue(precision: .year, from: year, to: year, text: text)
        case 2:
            guard let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            return TimeValue(precision: .month, from: year, to: year, month: month, text: text)
        case 3:
            guard let month = Int(parts[1]), (1...12).contains(month),
                  let day = Int(parts[2]), (1...31).contains(day) else { return nil }
            return TimeValue(precision: .day, from: year, to: year, month: month, day: day, text: text)
        default:
            return nil
        }
    }

    /// The common forms, a year, a month or a day ("2007", "2007-03", "2007-03-14"), read
    /// from their bytes; nil for anything else (read by the rules above, which give these
    /// forms the same value).
    private static func plainDate(_ raw: String) -> TimeValue? {
        let parts = raw.utf8.withContiguousStorageIfAvailable { bytes -> (year: Int, month: Int?, day: Int?)? in
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = Int(bytes[index]) - 48
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            guard bytes.count == 4 || bytes.count == 7 || bytes.count == 10, let year = number(0..<4) else { return nil }
            guard bytes.count > 4 else { return (year, nil, nil) }
            guard bytes[4] == UInt8(ascii: "-"), let month = number(5..<7), (1...12).contains(month) else { return nil }
            guard bytes.count > 7 else { return (year, month, nil) }
            guard bytes[7] == UInt8(ascii: "-"), let day = number(8..<10), (1...31).contains(day) else { return nil }
            return (year, month, day)
        }
        guard let found = parts ?? nil else { return nil }
        switch (found.month, found.day) {
        case (nil, _): return TimeValue(precision: .year, from: found.year, to: found.year, text: raw)
        case (let month?, nil): return TimeValue(precision: .month, from: found.year, to: found.year, month: month, text: raw)
        case (let month?, let day?):
            return TimeValue(precision: .day, from: found.year, to: found.year, month: month, day: day, text: raw)
        }
    }

    private static func span(_ text: String, lower: String, upper: String) -> TimeValue? {
        let from = lower.isEmpty ? nil : year(lower)
        let to = upper.isEmpty ? nil : year(upper)
        if !lower.isEmpty && from == nil || !upper.isEmpty && to == nil || (from == nil && to == nil) { return nil }
        if let from, let to, from > to { return nil }
        return TimeValue(precision: .span, from: from, to: to, text: text)
    }

    private static func decade(_ text: String) -> TimeValue? {
        let words = text.split(separator: " ").map(String.init)
        let part = words.count == 2 ? words[0] : nil
        if let part, !["early", "mid", "late"].contains(part) { return nil }
        guard words.count <= 2, let base = year(String(words.last!.dropLast())), base % 10 == 0 else { return nil }
        let years: (Int, Int) = switch part {
        case "early": (base, base + 3)
        case "mid": (base + 3, base + 6)
        case "late": (base + 6, base + 9)
        default: (base, base + 9)
        }
        return TimeValue(precision: .decade, from: years.0, to: years.1, part: part, text: text)
    }

    private static func year(_ text: String) -> Int? {
        guard text.count == 4, text.allSatisfy(\.isASCIIDigit), let value = Int(text) else { return nil }
        return value
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while scalars.first?.isWhitespace == true { scalars.removeFirst() }
        while scalars.last?.isWhitespace == true { scalars.removeLast() }
        return String(scalars)
    }
}
