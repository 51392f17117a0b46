import DossierKit
import DossierLanguage
import Foundation

/// The line near a saved article's top that says when it was published: "Published
/// 14 June 2023", "June 14, 2023", "Updated: 2 March 2024 10:15 GMT", "By Ana Ruiz |
/// 5 May 2021". It dates the document (the reference that "on Sunday" and "9 June" are
/// completed against) and is not text: a headline and its dateline are not a claim.
///
/// A line is a dateline when it is one of the document's first ``leadingLines`` lines,
/// is short (at most ``maximumWords`` words), states exactly one date, to the day, and
/// every other word is a name (capitalised), a clock time or zone, a separator, or one
/// of the ``labels`` datelines are written with. A sentence ("Honduras opened its embassy
/// on 14 June 2023") has lowercase words of its own and is never taken for one.
enum Dateline {
    /// How many non-blank lines from the top a dateline may stand at.
    static let leadingLines = 6
    /// The most words a dateline has, its date included.
    static let maximumWords = 14
    /// Lowercase words datelines are written with ("Last updated on", "posted at").
    static let labels: Set<String> = [
        "published", "updated", "posted", "modified", "last", "first", "on", "at", "by", "and", "date", "of",
    ]

    /// The dateline's date, as the ISO text of a day; nil when the line is not a dateline.
    static func date(of line: String) -> String? {
        let words = line.split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty, words.count <= maximumWords else { return nil }
        let mentions = DateMentions.mentions(in: "on " + line)
        guard mentions.count == 1, let time = mentions.first?.time, time.precision == .day else { return nil }
        let dateWords = Set(time.monthAndDayWords)
        for word in words {
            let bare = word.trimmingCharacters(in: separators)
            guard !bare.isEmpty else { continue }
            if dateWords.contains(bare.lowercased()) || labels.contains(bare.lowercased()) { continue }
            if bare.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) { continue }  // year, time, "10:15"
            guard let first = bare.unicodeScalars.first, first.properties.isUppercase else { return nil }
        }
        return time.text
    }

    /// Punctuation that stands between a dateline's parts: "Updated: 2 March", "By A | 5 May".
    private static let separators = CharacterSet(charactersIn: ":|,.-–—•·/()[]")
}

private extension TimeValue {
    /// The month's name and its usual abbreviations, lowercased, for telling a date's own
    /// words from the rest of a line.
    var monthAndDayWords: [String] {
        guard let month else { return [] }
        let name = TimeValue.monthNames[month - 1].lowercased()
        return [name, String(name.prefix(3)), String(name.prefix(4))]
    }
}
