/// The words a store knows, for reading a misspelt question word as the one word it was
/// surely meant to be: "embasy" -> "embassy".
///
/// Only words longer than ``minimumLength`` - 1 letters are corrected, and only to a word
/// within one edit (a letter inserted, deleted, replaced, or two neighbours swapped). When
/// several words are that close, the most frequent wins if it is at least
/// ``dominance`` times as frequent as the next; otherwise nothing is guessed, since a wrong
/// correction could turn a question into one about something else.
public struct Vocabulary: Sendable {
    /// Shorter words are never corrected: too many real words lie one edit apart.
    public static let minimumLength = 5
    /// How much more frequent the chosen correction must be than any other candidate.
    public static let dominance = 4

    private let counts: [String: Int]
    /// Each word's single-letter deletions (and the word itself) to the words that give them.
    private let deletions: [String: [String]]

    /// A vocabulary of folded words with how often each occurs.
    public init(counts: [String: Int]) {
        self.counts = counts
        var deletions: [String: [String]] = [:]
        for word in counts.keys where word.count >= Self.minimumLength - 1 {
            for variant in Self.variants(of: word) { deletions[variant, default: []].append(word) }
        }
        self.deletions = deletions
    }

    /// A vocabulary of folded words, each counted once per occurrence.
    public init<Words: Sequence>(words: Words) where Words.Element == String {
        var counts: [String: Int] = [:]
        for word in words { counts[word, default: 0] += 1 }
        self.init(counts: counts)
    }

    /// The folded words of these texts (fact statements, passages, names), counted.
    public init<Texts: Sequence>(texts: Texts) where Texts.Element == String {
        self.init(words: texts.lazy.flatMap { TextFolding.words($0) }.filter(TextFolding.isLetters))
    }

    /// How many distinct words it holds.
    public var count: Int { counts.count }

    /// Tokens with each unknown word of ``minimumLength`` letters or more replaced, in its
    /// folded form only, by its ``closest(to:)`` known word; the surface and offsets stay as
    /// written, so quotes and messages show what the user typed.
    public func corrected(_ tokens: [TextFolding.Token]) -> [TextFolding.Token] {
        tokens.map { token in
            guard let closest = closest(to: token.folded), closest != token.folded else { return token }
            var corrected = token
            corrected.folded = closest
            return corrected
        }
    }

    public func contains(_ word: String) -> Bool { counts[word] != nil }

    /// Every word it holds, in no particular order.
    public var words: [String] { Array(counts.keys) }

    /// The word itself when known; else the one known word within one edit, for words of
    /// ``minimumLength`` letters or more; else nil.
    public func closest(to word: String) -> String? {
        if counts[word] != nil { return word }
        guard word.count >= Self.minimumLength, TextFolding.isLetters(word) else { return nil }
        var candidates: Set<String> = []
        for variant in Self.variants(of: word) {
            for known in deletions[variant] ?? [] where Self.withinOneEdit(word, known) { candidates.insert(known) }
        }
        let ranked = candidates.sorted { (counts[$0] ?? 0, $1) > (counts[$1] ?? 0, $0) }
        guard let best = ranked.first else { return nil }
        if ranked.count > 1, (counts[best] ?? 0) < Self.dominance * (counts[ranked[1]] ?? 0) { return nil }
        return best
    }

    /// The word and each form with one letter deleted.
    private static func variants(of word: String) -> Set<String> {
        let letters = Array(word)
        var variants: Set<String> = [word]
        for index in letters.indices {
            var shorter = letters
            shorter.remove(at: index)
            variants.insert(String(shorter))
        }
        return variants
    }

    /// True when one insertion, deletion, substitution or adjacent swap turns a into b.
    static func withinOneEdit(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        if x == y { return true }
        if abs(x.count - y.count) > 1 { return false }
        var start = 0
        while start < min(x.count, y.count) && x[start] == y[start] { start += 1 }
        if x.count == y.count {
            if Array(x[(start + 1)...]) == Array(y[(start + 1)...]) { return true }  // substitution
            return start + 1 < x.count && x[start] == y[start + 1] && x[start + 1] == y[start]
                && Array(x[(start + 2)...]) == Array(y[(start + 2)...])  // swap
        }
        let (long, short) = x.count > y.count ? (x, y) : (y, x)
        return Array(long[(start + 1)...]) == Array(short[start...])
    }
}
