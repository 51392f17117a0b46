public import DossierKit

/// Finds the dates a sentence states, at the precision it states them: "on April 19,
/// 1945" (day), "in March 2007" (month), "In 1995," or "in late 2023" (year), "until the
/// early 1960s" (decade). A bare number is not a date: a year counts only after a word
/// such as "in", "since" or "by". Bracketed citation dates ("(, August 21, 2023)") are
/// skipped, since they date the cited article, not the event.
public enum DateMentions {
    // Regex is not Sendable; these patterns are built once and only ever read, so
    // sharing them across threads is safe.
    private static let month = "(January|February|March|April|May|June|July|August|September|October|November|December)"
    private nonisolated(unsafe) static let citation = try! Regex(#"\(\s*,[^)]*\)"#)
    private nonisolated(unsafe) static let dayFirst = try! Regex(month + #"\s+(\d{1,2}),?\s+(\d{4})\b"#)
    private nonisolated(unsafe) static let dayMonth = try! Regex(#"\b(\d{1,2})\s+"# + month + #",?\s+(\d{4})\b"#)
    private nonisolated(unsafe) static let monthYear = try! Regex(#"\b(?i:in|since|until|by|during)\s+"# + month + #"\s+(?:of\s+)?(\d{4})\b"#)
    private nonisolated(unsafe) static let decade = try! Regex(
        #"\b(?i:in|until|since|during|by|from|to)\s+the\s+(?:(early|mid|late)[- ])?(\d{3}0)s\b"#)
    private nonisolated(unsafe) static let year = try! Regex(
        #"\b(?i:in|since|until|after|before|by|during|from|to|of)\s+(?:(?i:early|mid|late|the end of|the start of|the beginning of)\s+)?(\d{4})\b(?![%\d])"#)

    /// The time texts (`"1945-04-19"`, `"2007-03"`, `"1995"`, `"early 1960s"`) the sentence states, in order, without repeats.
    public static func times(in sentence: String) -> [TimeValue] {
        guard hasYear(sentence) else { return [] }
        let text = sentence.contains("(") ? sentence.replacing(citation, with: " ") : sentence
        let namesMonth = monthNames.contains { text.contains($0) }
        var found: [(String.Index, String)] = []
        var covered: [Range<String.Index>] = []
        for match in namesMonth ? text.matches(of: dayFirst) : [] {
            if let m = monthNumber(match.output[1].substring), let d = Int(match.output[2].substring ?? ""), let y = match.output[3].substring {
                found.append((match.range.lowerBound, "\(y)-\(pad(m))-\(pad(d))"))
                covered.append(match.range)
            }
        }
        for match in namesMonth ? text.matches(of: dayMonth) : [] where !overlaps(match.range, covered) {
            if let d = Int(match.output[1].substring ?? ""), let m = monthNumber(match.output[2].substring), let y = match.output[3].substring {
                found.append((match.range.lowerBound, "\(y)-\(pad(m))-\(pad(d))"))
                covered.append(match.range)
            }
        }
        for match in namesMonth ? text.matches(of: monthYear) : [] where !overlaps(match.range, covered) {
            if let m = monthNumber(match.output[1].substring), let y = match.output[2].substring {
                found.append((match.range.lowerBound, "\(y)-\(pad(m))"))
                covered.append(match.range)
            }
        }
        for match in text.contains("0s") ? text.matches(of: decade) : [] where !overlaps(match.range, covered) {
            let part = match.output[1].substring.map { $0.lowercased() + " " } ?? ""
            if let base = match.output[2].substring { found.append((match.range.lowerBound, part + base + "s")) }
        }
        for match in text.matches(of: year) where !overlaps(match.range, covered) {
            if let y = match.output[1].substring, let value = Int(y), (1000...2099).contains(value) {
                found.append((match.range.lowerBound, String(y)))
            }
        }
        var seen = Set<String>()
        return found.sorted { $0.0 < $1.0 }.compactMap { seen.insert($0.1).inserted ? TimeValue($0.1) : nil }
    }

    private static let monthNames = TimeValue.monthNames

    /// True when the sentence holds a run of exactly four digits: the cheap test that
    /// spares most sentences the patterns.
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

    private static func monthNumber(_ name: Substring?) -> Int? {
        guard let name else { return nil }
        return TimeValue.monthNames.firstIndex(of: String(name)).map { $0 + 1 }
    }

    private static func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

    private static func overlaps(_ range: Range<String.Index>, _ covered: [Range<String.Index>]) -> Bool {
        covered.contains { $0.overlaps(range) }
    }
}
