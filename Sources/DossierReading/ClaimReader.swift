public import DossierKit
public import DossierLanguage
import Foundation

/// Reads each sentence of a document into claims: typed facts with roles.
///
/// Every verb class a sentence names (``PredicateClasses``) gives one claim; the one the
/// sentence is about is marked `salience: main`: a verb of saying when the sentence
/// carries a quotation, else the first class outside quotations and outside a clause
/// opened by a preposition ("despite breaking off ..."). A sentence naming no class
/// gives one `report.stated` claim, so nothing it says is lost to the answerers.
///
/// Roles: the agent is the last entity before the verb in its clause (not one after a
/// preposition), else the entity a reference stands for ("he", "the president", "the
/// Central American country"), else the person after an inverted verb of saying
/// ("..., said Oscar Arias"), else the document's subject from its title; a clause without
/// its own subject ("while importing ...") has the sentence's. The object is the first
/// entity after the verb; `place` an entity after "in" or "at"; `counterpart` one after
/// "with" (a person rather than the country of their title); `amount` the figures with
/// their bound, scale and noun; `quote` the quotations; `polarity` negative after "not"
/// or "never". Roles, entities and the words the index reads come from the verb's own
/// clause (``ClaimSpan``). A claim's time is the date of its verb's clause (``ClaimDate``),
/// partial dates completed from the document's date (``DateCompletion``), or the
/// narrative's last day at a precision it can keep, or counted from another clause's date
/// ("two days after", ``RelativeDate``); never invented. A capital acting in
/// the sentence is read as its government at the sentence's date (``CapitalReading``).
public struct ClaimReader: Sendable {
    let entities: [Entity]
    let matcher: EntityMatcher
    let classes: PredicateClasses
    let kinds: [String: String]
    let names: [String: String]
    let partOf: [String: String]
    let capitals: CapitalReading
    /// The current state each former one is the predecessor of (the Soviet Union: Russia).
    let successors: [String: String]

    /// Creates a reader for a document whose entities (known and introduced) are these.
    public init(entities: [Entity], lexicon: Lexicon = .bundled) {
        self.entities = entities
        matcher = EntityMatcher(entities: entities)
        classes = PredicateClasses(lexicon: lexicon)
        kinds = Dictionary(entities.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
        names = Dictionary(entities.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        partOf = Dictionary(entities.compactMap { entity in entity.partOf.map { (entity.id, $0) } }, uniquingKeysWith: { a, _ in a })
        capitals = CapitalReading(entities: entities)
        let seats = CapitalGovernments(entities: entities)
        successors = Dictionary(entities.filter { $0.kind == "country" }.compactMap { entity in
            seats.successor(of: entity.id).map { (entity.id, $0) }
        }, uniquingKeysWith: { a, _ in a })
    }

    static let prepositions: Set<String> = [
        "in", "to", "from", "with", "at", "of", "for", "on", "by", "into", "than", "between", "against", "over", "about",
        "toward", "towards", "under", "like",
    ]
    static let openers: Set<String> = ["despite", "after", "before", "following", "since", "by", "while", "without", "of", "for", "to"]
    static let pronouns: Set<String> = ["he", "she"]
    /// Kinds of entity whose adjective in a definite description describes the country it
    /// refers to rather than naming it.
    static let regionKinds: Set<String> = ["place", "region"]
    static let countryNouns: Set<String> = ["country", "nation", "island", "state", "republic", "powerhouse", "government"]

    /// Every claim of the document, in reading order.
    public func claims(source: Source, passages: [Passage], reference: TimeValue?) -> [Fact] {
        claims(source: source, passages: passages, words: PassageWords(passages), reference: reference)
    }

    /// ``claims(source:passages:reference:)`` on words already split from `passages`.
    public func claims(source: Source, passages: [Passage], words: PassageWords, reference: TimeValue?) -> [Fact] {
        var context = ReadingContext(kinds: kinds)
        context.partOf = partOf
        context.subjects = matcher.matches(in: TextFolding.tokens(source.title)).map(\.entity)
        context.isReport = reference != nil
        var facts: [Fact] = []
        for (passage, sentence) in zip(passages, words.sentences) {
            facts += claims(in: passage, sentence: sentence, context: &context, reference: reference)
        }
        return facts
    }

    private func claims(in passage: Passage, sentence: SentenceWords, context: inout ReadingContext, reference: TimeValue?) -> [Fact] {
        let words = sentence.words
        let folded = sentence.folded
        let tokens = words.map { TextFolding.Token(surface: $0.surface, folded: $0.folded) }
        // "in March of that year": partial dates take the year the text last stated, not
        // the publication's.
        let thatYear = zip(folded, folded.dropFirst()).contains { ["that", "same"].contains($0.0) && $0.1 == "year" }
        let local = thatYear ? context.lastYear.flatMap { TimeValue(String($0)) } ?? reference : reference
        let dated = DateCompletion.mentions(in: passage.text, reference: local)
        let year = dated.first?.time.from ?? reference?.from
        var mentions = capitals.governments(in: matcher.matches(in: tokens).map { Mention(entity: $0.entity, range: $0.range) },
                                            words: words, year: year)
        // "The Central American country": a region's adjective describes the country
        // referred to, never names it, so the reference takes it in. A country's own
        // adjective ("the Chinese government") names it and stays. A name the document
        // introduced without a kind ("the Eurasian powerhouse") is not known to be a region
        // the country lies in, so it keeps the reference from resolving: taken for the
        // topic country it named a third one ("exports to the Eurasian powerhouse" read as
        // exports to the country the document is about).
        let references = context.references(in: words, besides: mentions.filter { !Self.regionKinds.contains(kinds[$0.entity] ?? "") })
        mentions.removeAll { mention in references.contains { $0.range.overlaps(mention.range) } }
        mentions += references
        mentions.sort { $0.range.lowerBound < $1.range.lowerBound }
        var owner = [String?](repeating: nil, count: words.count)
        for mention in mentions { for index in mention.range where index < owner.count { owner[index] = mention.entity } }
        let terms: [String?] = folded.indices.map { index in
            owner[index] != nil || classes.lexicon.isStopword(folded[index]) && !["with", "to"].contains(folded[index])
                ? nil : classes.lexicon.term(for: folded[index])
        }
        let persons = Set(mentions.filter { kinds[$0.entity] == "person" }.flatMap { Array($0.range) })
        let figures = Set(words.indices.filter { words[$0].isFigure })
        let places = Set(mentions.filter { ["city", "country", "place", "name"].contains(kinds[$0.entity] ?? "") }.map(\.range.lowerBound))
        let presence = mentions.contains { persons.contains($0.range.lowerBound) }
        let hits = classes.hits(words: folded, terms: terms, persons: persons, figures: figures, places: presence ? places : [])
        let times = dated.map(\.time)
        var mainDomain: String?
        defer {
            context.read(mentions)
            if context.section != passage.section && !context.isReport { context.lastDay = nil }
            context.section = passage.section
            if let day = times.first(where: { $0.precision == .day }) {
                context.lastDay = day
                context.lastDaySection = passage.section
                context.lastDayDomain = mainDomain
            }
            if let year = times.last?.from { context.lastYear = year }
        }

        var chosen: [PredicateClasses.Hit] = []
        for hit in hits where !chosen.contains(where: { $0.predicate == hit.predicate }) { chosen.append(hit) }
        let main = mainHit(chosen, words: words, hasQuote: !sentence.quotations.isEmpty)
        mainDomain = main.map { PredicateClasses.domain(of: $0.predicate) }
        let base = ClaimBase(passage: passage, words: words, mentions: mentions, dates: ClaimDate(dated, words: words),
                             quotations: sentence.quotations, context: context, verbs: Set(hits.map(\.position)), hits: hits)
        guard !chosen.isEmpty else {
            return [fact(base, predicate: "report.stated", at: nil, salience: "main")]
        }
        return chosen.map { hit in fact(base, predicate: hit.predicate, at: hit, salience: hit == main ? "main" : "secondary") }
    }

    /// The class the sentence is about.
    private func mainHit(_ hits: [PredicateClasses.Hit], words: [SentenceWords.Word], hasQuote: Bool) -> PredicateClasses.Hit? {
        let outside = hits.filter { !words[$0.position].quoted }
        if hasQuote, let speech = outside.first(where: \.isSpeech) { return speech }
        let free = outside.filter { hit in
            !(words[hit.position].folded.hasSuffix("ing") && hit.position > 0 && Self.openers.contains(words[hit.position - 1].folded))
                && !(hit.position > 0 && Self.openers.contains(words[hit.position - 1].folded) && hit.position == 1)
        }
        return free.first ?? outside.first ?? hits.first
    }

    struct ClaimBase {
        var passage: Passage
        var words: [SentenceWords.Word]
        var mentions: [Mention]
        var dates: ClaimDate
        var quotations: [String]
        var context: ReadingContext
        /// Where the sentence's verb classes stand.
        var verbs: Set<Int>
        /// Every verb class the sentence names, where it stands.
        var hits: [PredicateClasses.Hit]
    }
}

/// An entity named, or referred to, at a run of words.
struct Mention {
    var entity: String
    var range: Range<Int>
}
