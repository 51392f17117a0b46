import Synchronization

/// Base forms of English words from WordNet 3.0: its exception lists for irregular forms
/// ("pled" -> plead, "went" -> go, "children" -> child, "better" -> good) and its verb lemmas,
/// with WordNet's own detachment rules (morphy) for regular verb endings and the Snowball
/// stemmer as the judge of regular plurals.
///
/// Words are expected folded (``TextFolding/fold(_:)``): lowercase, no accents.
public struct Morphology: Sendable {
    /// Base forms already worked out, shared by every copy of one morphology. The words are
    /// spread over shards, each behind its own lock, so texts read on several threads at
    /// once seldom wait for each other.
    final class BaseForms: Sendable {
        /// Enough for every distinct word of a large store; past it, words are worked out each time.
        static let capacity = 200_000
        static let shardCount = 16
        private let shards = (0..<BaseForms.shardCount).map { _ in Shard() }

        /// Some of the words and their base forms, behind one lock.
        private final class Shard: Sendable {
            let table = Mutex<[String: String]>([:])
        }

        /// The shard of a word: by its length and last byte, which costs no hashing.
        private func shard(of word: String) -> Shard {
            let last = Int(word.utf8.last ?? 0)
            return shards[(word.utf8.count &* 31 &+ last) % Self.shardCount]
        }

        func base(of word: String) -> String? { shard(of: word).table.withLock { $0[word] } }

        func remember(_ base: String, of word: String) {
            shard(of: word).table.withLock { table in
                if table.count < Self.capacity / Self.shardCount { table[word] = base }
            }
        }
    }

    /// A word class, as WordNet tells them apart.
    public enum PartOfSpeech: String, Sendable, Hashable {
        case noun, verb, adjective
    }

    /// A base form and the word class it was found in.
    public struct Lemma: Hashable, Sendable {
        public var word: String
        public var partOfSpeech: PartOfSpeech

        public init(word: String, partOfSpeech: PartOfSpeech) {
            self.word = word
            self.partOfSpeech = partOfSpeech
        }
    }

    /// WordNet's exception lists (part of speech, irregular form, base form), by the first two.
    private let exceptions: KeyedLines
    /// Single-word verb lemmas.
    private let verbs: KeyedLines
    private let stemmer: Stemmer
    private let memo = BaseForms()

    /// WordNet 3.0's morphology, compiled into the binary.
    public static let wordNet = Morphology(
        exceptions: PackageResources.morphology_tsv, verbs: PackageResources.verbs_txt)

    /// The tables are looked up in place (``KeyedLines``), not read into dictionaries.
    init(exceptions exceptionBytes: [UInt8], verbs verbBytes: [UInt8], stemmer: Stemmer = .english) {
        self.stemmer = stemmer
        exceptions = KeyedLines(exceptionBytes, fields: 2)
        verbs = KeyedLines(verbBytes, fields: 1)
    }

    /// The exception list's base forms of a form, verbs first, then nouns, then adjectives.
    private func exceptionLemmas(of folded: String) -> [Lemma]? {
        var lemmas: [Lemma] = []
        var key: [UInt8] = [0, 9]
        key.append(contentsOf: folded.utf8)
        for (code, partOfSpeech) in Self.exceptionOrder {
            key[0] = code
            for row in exceptions.rows(matchingKey: key) where row.count == 3 {
                lemmas.append(Lemma(word: row[2], partOfSpeech: partOfSpeech))
            }
        }
        return lemmas.isEmpty ? nil : lemmas
    }

    /// The base forms WordNet lists for an irregular form, verbs first; empty for a regular
    /// word.
    public func irregularLemmas(of folded: String) -> [Lemma] {
        exceptionLemmas(of: folded) ?? []
    }

    /// True when WordNet knows the word as a verb lemma ("plead", "visit").
    public func isVerb(_ lemma: String) -> Bool { verbs.contains(lemma) }

    /// The verb a form belongs to: an irregular form by the exception list ("pled" ->
    /// plead), a regular one by morphy's rules checked against the verb lemmas ("visited" ->
    /// visit, "pleaded" -> plead, "arriving" -> arrive); nil when no verb fits.
    public func verb(of folded: String) -> String? {
        if verbs.contains(folded) { return folded }
        if let lemma = exceptionLemmas(of: folded)?.first(where: { $0.partOfSpeech == .verb }) { return lemma.word }
        for (suffix, replacement) in Self.verbRules where folded.hasSuffix(suffix) && folded.count > suffix.count + 1 {
            let candidate = String(folded.dropLast(suffix.count)) + replacement
            if verbs.contains(candidate) { return candidate }
            // A doubled final consonant before -ed/-ing: "planned" -> plan, "stopping" -> stop.
            if replacement.isEmpty, let last = candidate.last, candidate.dropLast().last == last,
               verbs.contains(String(candidate.dropLast())) {
                return String(candidate.dropLast())
            }
        }
        return nil
    }

    /// The base form of a word and its word class when WordNet tells it: an irregular verb or
    /// noun by the exception lists ("pled" -> plead, "children" -> child), a verb form by morphy's
    /// rules against the verb lemmas ("visited" -> visit), a regular plural when the English
    /// Snowball stemmer gives the plural and the singular the same stem ("relations" ->
    /// relation, "countries" -> country, but not "news" -> new). Nil when the word is its own
    /// base form, as far as these resources tell.
    ///
    /// Only inflection is undone, never derivation: "population" and "populated" stay apart
    /// (Snowball alone gives both "popul").
    public func lemma(of folded: String) -> Lemma? {
        // Comparatives and superlatives stay: "earliest" and "largest" say more than
        // "early" and "large", and questions turn on the difference.
        if let lemma = exceptionLemmas(of: folded)?.first(where: { $0.partOfSpeech != .adjective }), !verbs.contains(folded) {
            return lemma
        }
        if let verb = verb(of: folded) { return verb == folded ? nil : Lemma(word: verb, partOfSpeech: .verb) }
        if let noun = singular(of: folded) { return Lemma(word: noun, partOfSpeech: .noun) }
        // A verb WordNet does not know ("tweeted"): accept Snowball's stem when it removed
        // only the ending, so a derivational suffix never goes with it.
        for suffix in ["ed", "ing"] where folded.hasSuffix(suffix) && folded.count > suffix.count + 3 {
            let stem = stemmer.stem(folded)
            if stem.count >= folded.count - suffix.count - 1, folded.hasPrefix(stem) {
                return Lemma(word: stem, partOfSpeech: .verb)
            }
        }
        return nil
    }

    /// The word to compare a folded word by: its ``lemma(of:)``, or the word itself.
    /// Remembered, since indexing a store asks for the same few thousand words many times.
    public func base(of folded: String) -> String {
        if let known = memo.base(of: folded) { return known }
        let base = lemma(of: folded)?.word ?? folded
        memo.remember(base, of: folded)
        return base
    }

    /// A regular plural's singular, checked with the Snowball stemmer.
    private func singular(of folded: String) -> String? {
        guard folded.count > 3, folded.hasSuffix("s"), !folded.hasSuffix("ss"), !folded.hasSuffix("us"),
              !folded.hasSuffix("is") else { return nil }
        let candidates: [String]
        if folded.hasSuffix("ies") {
            candidates = [String(folded.dropLast(3)) + "y"]
        } else if ["ches", "shes", "sses", "xes", "zes"].contains(where: folded.hasSuffix) {
            candidates = [String(folded.dropLast(2))]
        } else {
            candidates = [String(folded.dropLast())]
        }
        let stem = stemmer.stem(folded)
        return candidates.first { stemmer.stem($0) == stem }
    }

    /// The exception list's part-of-speech codes, in the order lemmas are given.
    private static let exceptionOrder: [(UInt8, PartOfSpeech)] = [
        (UInt8(ascii: "v"), .verb), (UInt8(ascii: "n"), .noun), (UInt8(ascii: "a"), .adjective),
    ]

    /// morphy's detachment rules for verbs (WordNet `morphy(7WN)`), tried in order.
    private static let verbRules: [(String, String)] = [
        ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("s", ""),
    ]
}

