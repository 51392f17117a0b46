import DossierLanguage
import Foundation

/// The words of a sentence a claim's verb owns, so that its roles and the terms it is
/// found by are those of its own clause: the sentence less the clauses of its other verb
/// classes. "X opened its embassy on Sunday, three months after the country cut its ties
/// with Y": the opening owns neither the cutting nor Y, the cutting not the embassy.
/// A clause naming no verb class that ends the sentence belongs to the verb clause
/// before it (", mostly machinery and textiles" says what was just imported); one
/// elsewhere ("In 2022, ...", an appositive ", Ada Ferro,") belongs to every claim; a verb of saying owns the whole sentence,
/// which is what it reports. The citation still quotes the whole sentence.
struct ClaimSpan {
    /// Indices of the words the claim owns.
    let words: Set<Int>
    /// Indices of the words in clauses of the sentence's other verb classes where one of
    /// the two clauses depends on the other ("..., three months after Y cut its ties"):
    /// no date there dates the claim. Clauses joined as equals ("she met X on 12 June,
    /// and the two signed ...") tell one occasion and share its date.
    let foreign: Set<Int>
    /// Indices of the foreign words whose names are the other verb's alone: not those of
    /// a clause without its own subject ("Despite breaking off ties with X, Y exports ...":
    /// the exports are X's business too).
    let foreignNames: Set<Int>
    /// False when the claim owns the whole sentence.
    let isPart: Bool

    init(verb hit: PredicateClasses.Hit?, hits: [PredicateClasses.Hit], dates: ClaimDate, count: Int) {
        guard let hit, !hit.isSpeech, hit.position < count else {
            words = Set(0..<count)
            foreign = []
            foreignNames = []
            isPart = false
            return
        }
        let clauses = Self.segments(hits: hits, dates: dates, count: count)
        var owned = Set<Int>()
        var others = Set<Int>()
        var otherNames = Set<Int>()
        let own = clauses.first { $0.range.contains(hit.position) } ?? (dates.clause(at: hit.position), [hit.predicate], false)
        var owner: Set<String> = []
        for (index, clause) in clauses.enumerated() {
            if !clause.predicates.isEmpty { owner = clause.predicates } else if index < clauses.count - 1 { owner = [] }
            if owner.isEmpty || owner.contains(hit.predicate) { owned.formUnion(clause.range) }
            guard !clause.predicates.isEmpty, !clause.predicates.contains(hit.predicate) else { continue }
            if dates.isSubordinate(clause.range) || dates.isSubordinate(own.range) {
                others.formUnion(clause.range)
                if !dates.isNonFinite(clause.range) && !dates.isNonFinite(own.range) { otherNames.formUnion(clause.range) }
            }
            // A verb phrase joined on by "and" has its own objects: in "established relations
            // with X and ended its ties with Y", Y is the ending's alone; the phrase joined on
            // keeps the subject and setting before it ("A met B in C and signed ...").
            if clause.coordinated && clause.range.lowerBound > own.range.lowerBound { otherNames.formUnion(clause.range) }
        }
        words = owned
        foreign = others
        foreignNames = otherNames
        isPart = owned.count < count
    }

    /// A verb that is not a verb class still owns its clause: "and ended its ties".
    static let unclassifiedVerb = "verb"
    /// Words joining two verb phrases of one subject.
    static let coordinators: Set<String> = ["and", "but", "or", "then"]

    /// The sentence's clauses in order (between commas, semicolons and brackets, and split
    /// again where "and", "but" or "or" opens a verb phrase: "established ties with X and
    /// ended its ties with Y"), each with the predicates whose verbs stand in it; a
    /// coordinated phrase whose verb is no class has ``unclassifiedVerb``.
    static func segments(hits: [PredicateClasses.Hit], dates: ClaimDate, count: Int)
        -> [(range: Range<Int>, predicates: Set<String>, coordinated: Bool)] {
        let words = dates.words
        var result: [(range: Range<Int>, predicates: Set<String>, coordinated: Bool)] = []
        var start = 0
        while start < count {
            let clause = dates.clause(at: start)
            let upper = max(clause.upperBound, start + 1)
            var cuts = [start]
            for index in (start + 1)..<max(start + 1, upper) where index > start + 1 && coordinators.contains(words[index - 1].folded) {
                // A past form only: "trade and investment" joins nouns, not verb phrases.
                if isInflectedVerb(words[index].folded) { cuts.append(index - 1) }
            }
            cuts.append(upper)
            for (a, b) in zip(cuts, cuts.dropFirst()) where a < b {
                let range = a..<b
                var predicates = Set(hits.filter { range.contains($0.position) }.map(\.predicate))
                let coordinated = a != start
                if coordinated && predicates.isEmpty { predicates = [unclassifiedVerb] }
                result.append((range, predicates, coordinated))
            }
            start = upper
        }
        return result
    }

    /// A past form of a verb ("ended", "broke", "sold"): what opens a verb phrase after "and".
    static func isInflectedVerb(_ folded: String) -> Bool {
        guard let lemma = Morphology.wordNet.verb(of: folded), lemma != folded else { return false }
        return folded.hasSuffix("ed") || Morphology.wordNet.irregularLemmas(of: folded).contains { $0.partOfSpeech == .verb }
    }

    func contains(_ index: Int) -> Bool { words.contains(index) }

    /// True when the mention starts in the claim's words.
    func contains(_ mention: Mention) -> Bool { words.contains(mention.range.lowerBound) }

    /// The words an index finds the claim by: the sentence less the words of the other
    /// verb classes in the clauses the claim does not own, and the names of those that
    /// depend on it or it on them (`foreign`): "cut", "ties" and Y in "..., three months
    /// after the country cut its ties with Y" are not the opening's. The rest of those clauses stays, so what the sentence is about still
    /// finds each of its claims.
    func indexWords(verb hit: PredicateClasses.Hit?, hits: [PredicateClasses.Hit], words sentenceWords: [SentenceWords.Word],
                    mentions: [Mention], lexicon: Lexicon) -> ClaimSpan {
        guard let hit, isPart else { return self }
        // The names of a clause depending on the claim's, or the claim's depending on it,
        // are the other verb's: "..., after it cut its ties with Y" does not make the opening
        // one about Y. Clauses joined as equals share their names ("X met Y and signed ...").
        var dropped = Set(mentions.filter { foreignNames.contains($0.range.lowerBound) }.flatMap { Array($0.range) })
        for other in hits where other.predicate != hit.predicate && !words.contains(other.position) {
            dropped.insert(other.position)
            let entries = PredicateClasses.entries.filter { $0.predicate == other.predicate }
            let own = Set((entries.flatMap { $0.triggers + $0.needs } + PredicateClasses.words(of: other.predicate)).map(lexicon.term(for:)))
            for index in sentenceWords.indices where !words.contains(index) && own.contains(lexicon.term(for: sentenceWords[index].folded)) {
                dropped.insert(index)
            }
        }
        return ClaimSpan(words: Set(sentenceWords.indices).subtracting(dropped), foreign: foreign, foreignNames: foreignNames,
                         isPart: !dropped.isEmpty)
    }

    private init(words: Set<Int>, foreign: Set<Int>, foreignNames: Set<Int>, isPart: Bool) {
        self.words = words
        self.foreign = foreign
        self.foreignNames = foreignNames
        self.isPart = isPart
    }

    /// The claim's words as the sentence spells them, runs parted by " … ".
    func text(of sentence: String, words sentenceWords: [SentenceWords.Word]) -> String {
        guard isPart else { return sentence }
        let scalars = Array(sentence.unicodeScalars)
        let trim = CharacterSet.whitespaces.union(CharacterSet(charactersIn: ",;:"))
        var runs: [String] = []
        var index = 0
        while index < sentenceWords.count {
            guard words.contains(index) else { index += 1; continue }
            var end = index
            while end + 1 < sentenceWords.count, words.contains(end + 1) { end += 1 }
            let from = min(sentenceWords[index].offset, scalars.count)
            let to = end + 1 < sentenceWords.count ? min(sentenceWords[end + 1].offset, scalars.count) : scalars.count
            var run = String.UnicodeScalarView()
            run.append(contentsOf: scalars[from..<max(from, to)])
            runs.append(String(run).trimmingCharacters(in: trim))
            index = end + 1
        }
        return runs.filter { !$0.isEmpty }.joined(separator: " … ")
    }
}
