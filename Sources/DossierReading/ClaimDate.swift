import DossierKit
import DossierLanguage

/// Which of a sentence's dates a claim takes: the date of its verb's clause, not one the
/// sentence mentions on the way.
///
/// - A verb of saying or of taking a position ("said", "condemned") is dated only by a
///   date in its own clause (between commas, semicolons or brackets) that stands before
///   what it reports: "announced on Tuesday" dates the statement, "said that the dispute
///   dates back to 1821", "recalling that it recognised Israel in May 1948" and a date
///   inside a quotation do not. A phrase a preposition opens before the verb ("On June 1,
///   ...", "in 2022, during the visit, ...") dates it too.
///   A statement left undated continues the narrative (``ClaimReader``), never takes a
///   year the report mentions.
/// - Another verb takes the date of its own clause; else the sentence's first date
///   outside quotations (inside, when the verb itself is quoted); else the first.
struct ClaimDate {
    /// A date of the sentence and the index of the word it starts at.
    struct Placed {
        var time: TimeValue
        var position: Int
    }

    /// Words after a verb of saying that open what it reports.
    static let reportOpeners: Set<String> = ["that", "which", "who", "whose", "whom", "whether", "if", "how", "why", "what"]
    /// Domains whose verbs report or take a stand on something else.
    static let reportingDomains: Set<String> = ["statement", "position"]

    let dates: [Placed]
    let words: [SentenceWords.Word]

    init(_ mentions: [DateMention], words: [SentenceWords.Word]) {
        self.words = words
        dates = mentions.map { mention in
            let position = words.lastIndex { $0.offset <= mention.offset } ?? 0
            return Placed(time: mention.time, position: position)
        }
    }

    /// The index range of the clause holding word `position`.
    func clause(at position: Int) -> Range<Int> {
        guard position < words.count else { return words.count..<words.count }
        var start = position
        while start > 0, !Self.closesClause(words[start - 1], next: words[start]) { start -= 1 }
        var end = position
        while end < words.count - 1, !Self.closesClause(words[end], next: words[end + 1]) { end += 1 }
        return start..<end + 1
    }

    static func closesClause(_ word: SentenceWords.Word, next: SentenceWords.Word) -> Bool {
        [",", ";", ":", "(", ")"].contains(word.after) || word.quoted != next.quoted
    }

    /// The date of a claim whose verb is at `position` (nil: a sentence without a verb
    /// class). A date standing in the clause of another verb class (`foreign`) is that
    /// verb's, never this claim's.
    func time(verbAt position: Int?, predicate: String, foreign: Set<Int> = []) -> TimeValue? {
        let dates = self.dates.filter { !foreign.contains($0.position) }
        guard let position, position < words.count else { return dates.first?.time }
        let quoted = words[position].quoted
        let own = clause(at: position)
        if Self.reportingDomains.contains(PredicateClasses.domain(of: predicate)) {
            let opener = words.indices.first { $0 > position && $0 < own.upperBound && Self.reportOpeners.contains(words[$0].folded) }
            let reach = own.lowerBound..<(opener ?? own.upperBound)
            return dates.first { date in
                words[date.position].quoted == quoted
                    && (reach.contains(date.position) || date.position < own.lowerBound && isAdverbial(clause(at: date.position)))
            }?.time
        }
        return (dates.first { own.contains($0.position) } ?? dates.first { words[$0.position].quoted == quoted } ?? dates.first)?.time
    }

    /// Words that open a clause depending on another: "after", "while", "which".
    static let subordinators: Set<String> = [
        "after", "before", "since", "while", "when", "whereas", "although", "though", "because", "as", "until", "following",
        "despite", "which", "who", "whom", "whose", "where", "if", "unless", "once",
    ]

    /// True for a clause that depends on another: one whose first words (after "and" or
    /// "but", a length of time or a figure) hold a subordinating word ("three months after
    /// the country cut ...", "while it imported ...").
    func isSubordinate(_ clause: Range<Int>) -> Bool {
        for index in clause.prefix(4) {
            let word = words[index]
            if Self.subordinators.contains(word.folded) { return true }
            if !(["and", "but", "just", "only", "some", "about", "nearly"].contains(word.folded) || word.isFigure
                 || RelativeDate.numbers[word.folded] != nil || RelativeDate.units[word.folded] != nil
                 || RelativeDate.units[String(word.folded.dropLast())] != nil) { return false }
        }
        return false
    }

    /// True for a clause without a subject of its own: a subordinating word and an -ing
    /// form ("despite breaking off ...", "after signing ...", "while importing ...").
    func isNonFinite(_ clause: Range<Int>) -> Bool {
        let first = Array(clause.prefix(2))
        guard first.count == 2 else { return false }
        return Self.subordinators.contains(words[first[0]].folded) && words[first[1]].folded.hasSuffix("ing")
    }

    /// A phrase before the verb that a preposition opens ("On June 1, ...", "..., in 2022,
    /// during the visit, ..."): it dates the clause that follows.
    func isAdverbial(_ phrase: Range<Int>) -> Bool {
        guard let first = words[safe: phrase.lowerBound] else { return false }
        return ClaimReader.prepositions.contains(first.folded) || ClaimReader.openers.contains(first.folded)
    }
}
