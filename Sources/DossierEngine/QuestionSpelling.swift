public import DossierLanguage
import Synchronization

/// Mends misspelt question words against the store's vocabulary ("embasy" -> "embassy"),
/// built the first time a question has a word the store does not know.
///
/// The words of the store's names are looked at first: a word one of them uses is known
/// without reading every statement and sentence of the store ("russia", "taiwan").
///
/// A word is left as written when the store knows it or a form of it (its term, after
/// stemming and concepts, is a term the store uses), or when it is an English word the
/// bundled resources know (a stopword, a concept word, a WordNet verb or derivation):
/// a correctly spelt word is never turned into a different known one.
public final class QuestionSpelling: Sendable {
    private let lexicon: Lexicon
    private let build: @Sendable () -> Vocabulary
    private let names: @Sendable () -> [String]
    private let state = Mutex<Known?>(nil)
    private let nameWords = Mutex<Set<String>?>(nil)

    private struct Known: Sendable {
        var vocabulary: Vocabulary
        var terms: Set<String>
    }

    /// Corrects against the vocabulary `build` returns, read with `lexicon`'s terms;
    /// `names` are texts whose words that vocabulary holds too (the names and aliases of
    /// the store's entities), looked at before it is built.
    public init(
        lexicon: Lexicon, names: @escaping @Sendable () -> [String] = { [] },
        vocabulary build: @escaping @Sendable () -> Vocabulary
    ) {
        self.lexicon = lexicon
        self.names = names
        self.build = build
    }

    /// The tokens with each unknown word of ``Vocabulary/minimumLength`` letters or more
    /// given, in its folded form only, the one store word within one edit.
    public func corrected(_ tokens: [TextFolding.Token]) -> [TextFolding.Token] {
        let candidates = tokens.indices.filter { needsLook(tokens[$0].folded) }
        guard !candidates.isEmpty else { return tokens }
        let known = knownWords()
        var tokens = tokens
        for index in candidates {
            let word = tokens[index].folded
            guard !known.vocabulary.contains(word), !known.terms.contains(lexicon.term(for: word)),
                  let closest = known.vocabulary.closest(to: word), closest != word
            else { continue }
            tokens[index].folded = closest
        }
        return tokens
    }

    /// A word long enough to correct that no name of the store uses and no bundled
    /// resource knows as English (the names first: they are fewer than WordNet's tables).
    private func needsLook(_ word: String) -> Bool {
        guard word.utf8.count >= Vocabulary.minimumLength, word.count >= Vocabulary.minimumLength, TextFolding.isLetters(word)
        else { return false }
        return !nameWordSet().contains(word) && !EnglishWords.isKnown(word, lexicon: lexicon)
    }

    /// The folded words of the names, which the vocabulary holds too.
    private func nameWordSet() -> Set<String> {
        nameWords.withLock { words in
            if let words { return words }
            let built = Set(names().lazy.flatMap { TextFolding.words($0) })
            words = built
            return built
        }
    }

    private func knownWords() -> Known {
        state.withLock { state in
            if let state { return state }
            let vocabulary = build()
            let known = Known(vocabulary: vocabulary, terms: Set(vocabulary.words.map(lexicon.term(for:))))
            state = known
            return known
        }
    }
}

/// English words the bundled resources know, which a question may use though no document
/// does: never corrected.
enum EnglishWords {
    static func isKnown(_ word: String, lexicon: Lexicon) -> Bool {
        if lexicon.isStopword(word) || lexicon.concepts[word] != nil { return true }
        let morphology = Morphology.wordNet
        if morphology.verb(of: word) != nil || !morphology.irregularLemmas(of: word).isEmpty { return true }
        return !Derivations.wordNet.related(to: morphology.base(of: word)).isEmpty
    }
}
