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
    /// Every letter its words use: an edit that brings in any other letter cannot give
    /// a known word.
    private let letters: [Character]
    /// The same letters as UTF-8, for editing a word of ASCII letters byte by byte.
    private let letterBytes: [[UInt8]]

    /// A vocabulary of folded words with how often each occurs.
    public init(counts: [String: Int]) {
        self.counts = counts
        var ascii = [Bool](repeating: false, count: 128)
        var others: Set<Character> = []
        for word in counts.keys {
            if word.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
                for byte in word.utf8 { ascii[Int(byte)] = true }
            } else {
                others.formUnion(word)
            }
        }
        let plain = ascii.indices.filter { ascii[$0] }.map { Character(Unicode.Scalar(UInt8($0))) }
        letters = plain + others.subtracting(plain).sorted()
        letterBytes = letters.map { Array(String($0).utf8) }
    }

    /// How often each folded word of letters occurs in `text`, as ``init(texts:)``
    /// counts it: what a store keeps per text so its vocabulary is summed, not re-read.
    public static func wordCounts(of text: String) -> [String: Int] {
        wordCounts(ofFolded: TextFolding.words(text))
    }

    /// How often each word of letters occurs among these folded words (the tokens of one
    /// text, as ``TextFolding/words(_:)`` gives them).
    public static func wordCounts<Words: Sequence>(ofFolded words: Words) -> [String: Int] where Words.Element == String {
        var counts: [String: Int] = [:]
        for word in words where TextFolding.isLetters(word) { counts[word, default: 0] += 1 }
        return counts
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

    /// How often the word occurs; 0 for a word it does not hold.
    public func occurrences(of word: String) -> Int { counts[word] ?? 0 }

    /// Every word it holds, in no particular order.
    public var words: [String] { Array(counts.keys) }

    /// The word itself when known; else the one known word within one edit, for words of
    /// ``minimumLength`` letters or more; else nil.
    public func closest(to word: String) -> String? {
        if counts[word] != nil { return word }
        guard word.count >= Self.minimumLength, TextFolding.isLetters(word) else { return nil }
        let candidates = knownEdits(of: word)
        let ranked = candidates.sorted { (counts[$0] ?? 0, $1) > (counts[$1] ?? 0, $0) }
        guard let best = ranked.first else { return nil }
        if ranked.count > 1, (counts[best] ?? 0) < Self.dominance * (counts[ranked[1]] ?? 0) { return nil }
        return best
    }

    /// The known words one edit from `word` (``edits(of:)``, each looked up as it is made).
    func knownEdits(of word: String) -> Set<String> {
        var known: Set<String> = []
        let bytes = Array(word.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            for edit in edits(of: Array(word)) where counts[edit] != nil && Self.withinOneEdit(word, edit) { known.insert(edit) }
            return known
        }
        // A word of ASCII letters has one byte a character, so the edits are made on its
        // bytes: the same forms as ``edits(of:)``, without a String of Characters each.
        func look(_ form: [UInt8]) {
            let edit = String(decoding: form, as: UTF8.self)
            if counts[edit] != nil && Self.withinOneEdit(word, edit) { known.insert(edit) }
        }
        var form = bytes
        for index in bytes.indices {
            form.remove(at: index)
            look(form)
            for letter in letterBytes where letter.count != 1 || letter[0] != bytes[index] {
                form.insert(contentsOf: letter, at: index)
                look(form)
                form.removeSubrange(index..<index + letter.count)
            }
            form.insert(bytes[index], at: index)
            if index + 1 < bytes.count {
                form.swapAt(index, index + 1)
                look(form)
                form.swapAt(index, index + 1)
            }
        }
        for index in 0...bytes.count {
            for letter in letterBytes {
                form.insert(contentsOf: letter, at: index)
                look(form)
                form.removeSubrange(index..<index + letter.count)
            }
        }
        return known
    }

    /// Every form one edit from `word` makes with the vocabulary's letters: each letter
    /// deleted, each pair of neighbours swapped, each letter replaced and a letter put in at
    /// each place. The known ones among them are exactly the known words within one edit.
    func edits(of word: [Character]) -> Set<String> {
        var edits: Set<String> = []
        var form = word
        for index in word.indices {
            form.remove(at: index)
            edits.insert(String(form))
            form.insert(word[index], at: index)
            for letter in letters where letter != word[index] {
                form[index] = letter
                edits.insert(String(form))
            }
            form[index] = word[index]
            if index + 1 < word.count {
                form.swapAt(index, index + 1)
                edits.insert(String(form))
                form.swapAt(index, index + 1)
            }
        }
        for index in 0...word.count {
            for letter in letters {
                form.insert(letter, at: index)
                edits.insert(String(form))
                form.remove(at: index)
            }
        }
        return edits
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
