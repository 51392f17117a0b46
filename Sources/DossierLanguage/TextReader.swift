import DossierKit

/// Reads a text into what the engine compares: the entities it names and the content
/// terms left once names, stopwords and years are set aside.
///
/// Questions and fact statements go through the same reader, so both sides of every
/// comparison are folded, stemmed and mapped to concepts the same way.
public struct TextReader: Sendable {
    public let lexicon: Lexicon
    public let matcher: EntityMatcher

    /// Creates a reader with these words and names.
    public init(lexicon: Lexicon, matcher: EntityMatcher) {
        self.lexicon = lexicon
        self.matcher = matcher
    }

    /// A text as read.
    public struct Reading {
        public var tokens: [TextFolding.Token]
        public var entities: [EntityMatcher.Match]
        /// Content terms in order, with the index of the token each starts at.
        public var terms: [(term: String, position: Int)]
    }

    public func read(_ text: String) -> Reading {
        read(tokens: TextFolding.tokens(text))
    }

    /// Reads tokens already made, as from a question whose misspelt words were mended.
    public func read(tokens: [TextFolding.Token]) -> Reading {
        let entities = matcher.matches(in: tokens)
        var named = [Bool](repeating: false, count: tokens.count)
        for match in entities { for i in match.range { named[i] = true } }
        var terms: [(term: String, position: Int)] = []
        var index = 0
        while index < tokens.count {
            if named[index] { index += 1; continue }
            if let (concept, length) = phrase(in: tokens, at: index, named: named) {
                terms.append((concept, index))
                index += length
                continue
            }
            let word = tokens[index].folded
            if !lexicon.isStopword(word) && !Self.isYear(word) && !Self.isDecade(word) && word.count > 1 {
                terms.append((lexicon.term(for: word), index))
            }
            index += 1
        }
        return Reading(tokens: tokens, entities: entities, terms: terms)
    }

    /// Content words inside multiword names ("Russian State University for the
    /// Humanities" -> university, humanity), so a question about "a university" meets a
    /// fact that names one.
    public func nameTerms(of reading: Reading) -> [String] {
        reading.entities.filter { $0.range.count > 1 }.flatMap { match in
            reading.tokens[match.range].map(\.folded).filter { !lexicon.isStopword($0) && $0.count > 2 }.map(lexicon.term(for:))
        }
    }

    private func phrase(in tokens: [TextFolding.Token], at index: Int, named: [Bool]) -> (String, Int)? {
        for phrase in lexicon.phrases[tokens[index].folded] ?? [] {
            let end = index + phrase.words.count
            guard end <= tokens.count, !named[index..<end].contains(true) else { continue }
            if zip(tokens[index..<end], phrase.words).allSatisfy({ $0.folded == $1 }) {
                return (phrase.concept, phrase.words.count)
            }
        }
        return nil
    }

    /// True for a decade written "1960s" or "sixties".
    public static func isDecade(_ word: String) -> Bool {
        word.count == 5 && word.hasSuffix("s") && isYear(String(word.dropLast()))
            || TimeExpressionParser.decadeWords[word] != nil
    }

    /// True for a four-digit year between 1000 and 2199.
    public static func isYear(_ word: String) -> Bool {
        word.count == 4 && (word.hasPrefix("1") || word.hasPrefix("20") || word.hasPrefix("21")) && Int(word) != nil
    }
}
