public import DossierKit
import Foundation

/// Turns a line of text into a ``Question``: the entities it names (by any alias, in any
/// case, with or without accents), the years it restricts itself to, the kind of answer
/// it wants and its content terms.
///
/// Everything it knows comes from data: entity aliases from the store and words from the
/// ``Lexicon``; nothing in it knows a particular question.
public struct QuestionAnalyzer: Sendable {
    let reader: TextReader

    /// Creates an analyzer that knows these entities and words.
    public init(entities: [Entity], lexicon: Lexicon = .bundled) {
        reader = TextReader(lexicon: lexicon, matcher: EntityMatcher(entities: entities))
    }

    /// Analyses one question.
    public func analyze(_ text: String) -> Question {
        let reading = reader.read(text)
        let words = reading.tokens.map(\.folded)
        let kind = QuestionKindClassifier.classify(words)
        var question = Question(
            text: text,
            kind: kind,
            entities: reading.entities.map {
                EntityMention(
                    entity: $0.entity,
                    surface: reading.tokens[$0.range].map(\.surface).joined(separator: " "),
                    position: $0.range.lowerBound)
            },
            time: TimeExpressionParser.parse(reading.tokens),
            terms: reading.terms.map(\.term))
        if kind == .howLong || kind == .howMany {
            question.parts = eventParts(of: text)
        }
        return question
    }

    /// "How many years between A and B", "how long after A did B": A and B as questions
    /// of their own. A second part that says "one" or "it" borrows the first part's terms.
    private func eventParts(of text: String) -> [Question] {
        let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
        guard let between = text.range(of: " between ", options: options) ?? text.range(of: " from ", options: options),
              let and = text.range(of: " and ", options: options, range: between.upperBound..<text.endIndex)
                ?? text.range(of: " to ", options: options, range: between.upperBound..<text.endIndex)
        else { return [] }
        let first = analyzePart(String(text[between.upperBound..<and.lowerBound]))
        var second = analyzePart(String(text[and.upperBound...]))
        let secondWords = Set(TextFolding.words(String(text[and.upperBound...])))
        if !secondWords.isDisjoint(with: ["one", "it", "its", "same", "theirs", "own", "too"]) {
            second.terms += first.terms.filter { !second.terms.contains($0) }
        }
        guard !first.terms.isEmpty || !first.entities.isEmpty, !second.terms.isEmpty || !second.entities.isEmpty
        else { return [] }
        return [first, second]
    }

    private func analyzePart(_ text: String) -> Question {
        let reading = reader.read(text)
        return Question(
            text: text, kind: .when,
            entities: reading.entities.map { EntityMention(entity: $0.entity, surface: text, position: $0.range.lowerBound) },
            time: TimeExpressionParser.parse(reading.tokens),
            terms: reading.terms.map(\.term))
    }
}
