public import DossierKit
import Foundation
public import DossierLanguage

/// Turns a line of text into a ``Question``: the entities it names (by any alias, in any
/// case, with or without accents), the years it restricts itself to, the kind of answer
/// it wants and its content terms.
///
/// Everything it knows comes from data: entity aliases from the store and words from the
/// ``Lexicon``; nothing in it knows a particular question.
public struct QuestionAnalyzer: Sendable {
    let reader: TextReader
    let classes: PredicateClasses
    /// Mends misspelt words against the store's vocabulary; nil reads words as typed.
    let spelling: QuestionSpelling?
    /// The governments seated in capitals, and which entities are cities.
    let seats: CapitalGovernments
    let cities: Set<String>

    /// Creates an analyzer that knows these entities and words.
    public init(entities: [Entity], lexicon: Lexicon = .bundled) {
        self.init(reader: TextReader(lexicon: lexicon, matcher: EntityMatcher(entities: entities)), entities: entities)
    }

    /// Creates an analyzer that reads questions with `reader`, the reader of the index
    /// the questions are asked of; `entities` are the entities it knows.
    public init(reader: TextReader, entities: [Entity], spelling: QuestionSpelling? = nil) {
        self.reader = reader
        self.spelling = spelling
        classes = PredicateClasses(lexicon: reader.lexicon)
        seats = CapitalGovernments(entities: entities)
        cities = Set(entities.filter { $0.kind == "city" }.map(\.id))
    }

    /// Analyses one question.
    public func analyze(_ text: String) -> Question {
        var reading = read(text)
        let words = reading.tokens.map(\.folded)
        let kind = QuestionKindClassifier.classify(words)
        let time = TimeExpressionParser.parse(reading.tokens, outside: reading.entities.map(\.range))
        reading.entities = governments(in: reading, year: time?.from)
        var question = Question(
            text: text,
            kind: kind,
            entities: reading.entities.map {
                EntityMention(
                    entity: $0.entity,
                    surface: reading.tokens[$0.range].map(\.surface).joined(separator: " "),
                    position: $0.range.lowerBound)
            },
            time: time,
            terms: reading.terms.map(\.term))
        question.isPassive = Self.isPassive(words)
        question.speaker = Self.speaker(in: reading)
        question.predicates = Self.predicates(of: words, reading: reading, classes: classes)
        question.affiliation = Self.affiliation(in: reading)
        question.leadEntities = Self.leadEntities(in: reading, skipping: question.affiliation)
        question.locations = reading.entities.filter { $0.range.lowerBound > 0 && ["in", "at"].contains(words[$0.range.lowerBound - 1]) }
            .map(\.entity)
        question.actorIsNamed = Self.actorIsNamed(kind: kind, words: words, reading: reading, skipping: question.affiliation)
        if kind == .howLong {
            question.parts = eventParts(of: text)
        }
        return question
    }

    /// Words after which a capital is the one acting: "did Moscow sign", "ties with
    /// Caracas", "between Moscow and Havana".
    static let seatOpeners: Set<String> = [
        "did", "does", "do", "has", "have", "had", "was", "were", "is", "are", "will", "would", "can", "could",
        "between", "with", "by", "against", "both",
    ]

    /// The entities named, each capital that acts read as the government seated there in
    /// the question's year (the current one when it names none): "when did Moscow and
    /// Caracas establish relations" asks about Russia and Venezuela; "the embassy in
    /// Moscow" stays the city.
    private func governments(in reading: TextReader.Reading, year: Int?) -> [EntityMatcher.Match] {
        let words = reading.tokens.map(\.folded)
        var acting: [Bool] = []
        var read: [EntityMatcher.Match] = []
        for (index, match) in reading.entities.enumerated() {
            let start = match.range.lowerBound
            var acts = start == 0 || Self.seatOpeners.contains(words[start - 1])
            // "Moscow and Caracas": a capital joined to an acting one acts too.
            if start > 0, ["and", "or"].contains(words[start - 1]), index > 0,
               reading.entities[index - 1].range.upperBound == start - 1 {
                acts = acting[index - 1]
            }
            acting.append(acts)
            let surface: String = reading.tokens[match.range].map(\.surface).joined(separator: " ")
            if acts, cities.contains(match.entity), let seated = seats.government(seatedIn: surface, in: year) {
                var government = match
                government.entity = seated
                read.append(government)
            } else {
                read.append(match)
            }
        }
        return read
    }

    /// "How many years between A and B", "how long after A did B": A and B as questions
    /// of their own. A second part that says "one" or "it" borrows the first part's terms.
    private func eventParts(of text: String) -> [Question] {
        guard let (firstText, secondText) = Self.splitEvents(text) else { return [] }
        let first = analyzePart(firstText)
        var second = analyzePart(secondText)
        let secondWords = Set(TextFolding.words(secondText))
        if !secondWords.isDisjoint(with: ["one", "it", "its", "same", "theirs", "own", "too"]) {
            second.terms += first.terms.filter { !second.terms.contains($0) }
        }
        guard !first.terms.isEmpty || !first.entities.isEmpty, !second.terms.isEmpty || !second.entities.isEmpty
        else { return [] }
        return [first, second]
    }

    /// The predicates the question's words name, without repeats, skipping words that
    /// name entities.
    static func predicates(of words: [String], reading: TextReader.Reading, classes: PredicateClasses) -> [String] {
        var named = Set<Int>()
        for match in reading.entities { named.formUnion(match.range) }
        let terms: [String?] = words.indices.map { named.contains($0) || classes.lexicon.isStopword(words[$0]) && !["with", "to"].contains(words[$0]) ? nil : classes.lexicon.term(for: words[$0]) }
        var seen = Set<String>()
        // A class that names its domain in general ("trade") asks about any of its predicates.
        let places = Set(reading.entities.map(\.range.lowerBound))
        // Verbs of a relative or adverbial clause ("the debt that was not forgiven", "after
        // breaking off relations") come after those of the main clause.
        let markers: Set<String> = ["that", "which", "who", "after", "before", "while", "since", "despite", "when"]
        let hits = classes.hits(words: words, terms: terms, places: places)
        let subordinate = { (hit: PredicateClasses.Hit) in
            words[max(0, hit.position - 3)..<hit.position].contains(where: markers.contains) && hit.position > 3
        }
        return (hits.filter { !subordinate($0) } + hits.filter(subordinate)).map { PredicateClasses.generalPredicates.contains($0.predicate) ? PredicateClasses.domain(of: $0.predicate) : $0.predicate }
            .filter { seen.insert($0).inserted }
    }

    /// "Which Guatemalan president", "a Russian minister", "did Panama's foreign
    /// minister": the entity named just before a word for a person (words of a title such
    /// as "foreign" or "prime" may stand between), after a determiner, an interrogative or
    /// the auxiliary that opens the question's subject.
    static func affiliation(in reading: TextReader.Reading) -> String? {
        let words = reading.tokens.map(\.folded)
        let openers: Set<String> = [
            "which", "what", "a", "an", "the", "whose", "did", "does", "do", "was", "is", "were", "are", "has", "have", "had", "will",
        ]
        for match in reading.entities where match.range.lowerBound > 0 && match.range.upperBound < words.count {
            guard openers.contains(words[match.range.lowerBound - 1]) else { continue }
            var noun = match.range.upperBound
            while noun + 1 < words.count, noun - match.range.upperBound < 2, titleModifiers.contains(words[noun]) { noun += 1 }
            if QuestionKindClassifier.personNouns.contains(words[noun]) { return match.entity }
        }
        return nil
    }

    /// Words that make a person noun a title without naming the person: "foreign
    /// minister", "prime minister", "vice president".
    static let titleModifiers: Set<String> = ["foreign", "prime", "vice", "deputy", "former", "interior", "defence", "defense", "trade"]

    /// The first entity and those joined to it by "and", "or" or "&".

    /// "What did Bush discuss", "who did Putin meet": an interrogative, a form of "do",
    /// "be" or "have", then the first entity. "Who accused Russia" and "which Russian
    /// university has" name no actor.
    static func actorIsNamed(kind: QuestionKind, words: [String], reading: TextReader.Reading, skipping affiliation: String?) -> Bool {
        if QuestionKind.actingKinds.contains(kind) { return true }
        let auxiliaries: Set<String> = ["did", "does", "do", "is", "was", "were", "are", "has", "have", "had", "will", "would", "can"]
        guard let first = reading.entities.first(where: { $0.entity != affiliation }),
              let auxiliary = words.prefix(5).firstIndex(where: auxiliaries.contains)
        else { return false }
        return first.range.lowerBound > auxiliary
    }

    /// An affiliation ("which Estavian president") describes the person asked about, not
    /// the one acting, so it is passed over.
    ///
    /// A question opening with a phrase that names an entity before its verb's subject
    /// ("what share of Estavia's debt did Norland write off") leads with the subject: the
    /// entity right after the question's first auxiliary.
    static func leadEntities(in reading: TextReader.Reading, skipping affiliation: String? = nil) -> [String] {
        var mentions = reading.entities.filter { $0.entity != affiliation }
        let words = reading.tokens.map(\.folded)
        if let first = words.first, QuestionKindClassifier.interrogatives.contains(first),
           let auxiliary = words.firstIndex(where: QuestionKindClassifier.auxiliaries.contains),
           let subject = mentions.firstIndex(where: { $0.range.lowerBound == auxiliary + 1 }), subject > 0 {
            mentions.removeFirst(subject)
        }
        guard var previous = mentions.first else { return [] }
        var lead = [previous.entity]
        for match in mentions.dropFirst() {
            let gap = reading.tokens[previous.range.upperBound..<match.range.lowerBound].map(\.folded)
            guard gap.count <= 2, gap.contains(where: { ["and", "or"].contains($0) }) || gap.isEmpty,
                  gap.allSatisfy({ ["and", "or", "the"].contains($0) }) else { break }
            lead.append(match.entity)
            previous = match
        }
        return lead
    }

    /// "According to B", "in B's words", "in the words of B": the entity named right
    /// after the phrase that attributes the question's content to a source.
    static func speaker(in reading: TextReader.Reading) -> String? {
        let words = reading.tokens.map(\.folded)
        let openers: [[String]] = [["according", "to"], ["in", "the", "words", "of"], ["as", "told", "by"]]
        for match in reading.entities {
            let start = match.range.lowerBound
            if openers.contains(where: { opener in start >= opener.count && Array(words[(start - opener.count)..<start]) == opener }) {
                return match.entity
            }
            if start >= 1, words[start - 1] == "in", match.range.upperBound < words.count,
               ["words", "view"].contains(words[match.range.upperBound]) {
                return match.entity
            }
        }
        return nil
    }

    /// A form of "be" followed within eight words by a past participle ("were a Russian
    /// and a Belarusian citizen deported", "was the embassy opened", "will the debt be
    /// spent").
    static func isPassive(_ words: [String]) -> Bool {
        let be: Set<String> = ["was", "were", "been", "being", "is", "are", "be"]
        for (index, word) in words.enumerated() where be.contains(word) {
            for next in words[(index + 1)..<min(words.count, index + 9)] where participle(next) { return true }
        }
        return false
    }

    private static func participle(_ word: String) -> Bool {
        let irregular: Set<String> = [
            "frozen", "broken", "held", "made", "met", "sent", "sold", "signed", "given", "taken", "seen", "known",
            "won", "led", "built", "brought", "bought", "cut", "set", "put", "kept", "left", "told", "thrown",
        ]
        return irregular.contains(word) || (word.count > 4 && word.hasSuffix("ed")) || irregularParticiple(word)
    }

    /// An irregular past form WordNet lists for a verb other than the auxiliaries
    /// ("forgiven" -> forgive, "spent" -> spend, "written" -> write).
    private static func irregularParticiple(_ word: String) -> Bool {
        Morphology.wordNet.irregularLemmas(of: word).contains { lemma in
            lemma.partOfSpeech == .verb && lemma.word != word && !["be", "do", "have"].contains(lemma.word)
        }
    }

    /// "... between A and B", "... from A to B", "... after A did B", "... before A did B".
    static func splitEvents(_ text: String) -> (String, String)? {
        let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
        let pairs = [(" between ", " and "), (" from ", " to "), (" after ", " did "), (" before ", " did "),
                     (" after ", " was "), (" after ", " were ")]
        for (opening, joint) in pairs {
            guard let open = text.range(of: opening, options: options),
                  let middle = text.range(of: joint, options: options, range: open.upperBound..<text.endIndex)
            else { continue }
            return (String(text[open.upperBound..<middle.lowerBound]), String(text[middle.upperBound...]))
        }
        return nil
    }

    /// The text as read, its misspelt words mended first when a vocabulary is at hand.
    private func read(_ text: String) -> TextReader.Reading {
        let tokens = TextFolding.tokens(text)
        return reader.read(tokens: spelling?.corrected(tokens) ?? tokens)
    }

    private func analyzePart(_ text: String) -> Question {
        let reading = read(text)
        var part = Question(
            text: text, kind: .when,
            entities: reading.entities.map { EntityMention(entity: $0.entity, surface: text, position: $0.range.lowerBound) },
            time: TimeExpressionParser.parse(reading.tokens),
            terms: reading.terms.map(\.term))
        part.leadEntities = Self.leadEntities(in: reading)
        part.isPassive = Self.isPassive(reading.tokens.map(\.folded))
        return part
    }
}
