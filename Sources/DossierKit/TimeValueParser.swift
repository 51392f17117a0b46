import Foundation

/// Reads the string forms of ``TimeValue``.
enum TimeValueParser {
    static func parse(_ raw: String) -> TimeValue? {
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
