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
    /// False when the claim owns the whole sentence.
    let isPart: Bool

    init(verb hit: PredicateClasses.Hit?, hits: [PredicateClasses.Hit], dates: ClaimDate, count: Int) {
        guard let hit, !hit.isSpeech, hit.position < count else {
            words = Set(0..<count)
            foreign = []
            isPart = false
            return
        }
        // The sentence's clauses in order, each with the predicates whose verbs stand in it.
        var clauses: [(range: Range<Int>, predicates: Set<String>)] = []
        var start = 0
        while start < count {
            let range = dates.clause(at: start)
            let upper = max(range.upperBound, start + 1)
            clauses.append((start..<upper, Set(hits.filter { (start..<upper).contains($0.position) }.map(\.predicate))))
            start = upper
        }
        var owned = Set<Int>()
        var others = Set<Int>()
        var owner: Set<String> = []
        for (index, clause) in clauses.enumerated() {
            if !clause.predicates.isEmpty { owner = clause.predicates } else if index < clauses.count - 1 { owner = [] }
            if owner.isEmpty || owner.contains(hit.predicate) { owned.formUnion(clause.range) }
            if !clause.predicates.isEmpty && !clause.predicates.contains(hit.predicate)
                && (dates.isSubordinate(clause.range) || dates.isSubordinate(dates.clause(at: hit.position))) {
                others.formUnion(clause.range)
            }
        }
        words = owned
        foreign = others
        isPart = owned.count < count
    }

    func contains(_ index: Int) -> Bool { words.contains(index) }

    /// True when the mention starts in the claim's words.
    func contains(_ mention: Mention) -> Bool { words.contains(mention.range.lowerBound) }

    /// The words an index finds the claim by: the sentence less the words of the other
    /// verb classes in the clauses the claim does not own ("cut" and "ties" in "..., three
    /// months after the country cut its ties with Y" are not the opening's). The rest of
    /// those clauses stays, so what the sentence is about still finds each of its claims.
    func indexWords(verb hit: PredicateClasses.Hit?, hits: [PredicateClasses.Hit], words sentenceWords: [SentenceWords.Word],
                    lexicon: Lexicon) -> ClaimSpan {
        guard let hit, isPart else { return self }
        var dropped = Set<Int>()
        for other in hits where other.predicate != hit.predicate && !words.contains(other.position) {
            dropped.insert(other.position)
            let entries = PredicateClasses.entries.filter { $0.predicate == other.predicate }
            let own = Set((entries.flatMap { $0.triggers + $0.needs } + PredicateClasses.words(of: other.predicate)).map(lexicon.term(for:)))
            for index in sentenceWords.indices where !words.contains(index) && own.contains(lexicon.term(for: sentenceWords[index].folded)) {
                dropped.insert(index)
            }
        }
        return ClaimSpan(words: Set(sentenceWords.indices).subtracting(dropped), foreign: foreign, isPart: !dropped.isEmpty)
    }

    private init(words: Set<Int>, foreign: Set<Int>, isPart: Bool) {
        self.words = words
        self.foreign = foreign
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
