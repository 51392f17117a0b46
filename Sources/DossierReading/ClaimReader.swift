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
/// ("..., said Oscar Arias"), else the document's subject from its title; the object is
/// the first entity after the verb; `place` an entity after "in" or "at"; `counterpart`
/// one after "with"; `amount` the figures; `quote` the quotations; `polarity` negative
/// after "not" or "never". A claim's time is the date of its verb's clause (``ClaimDate``),
/// partial dates completed from the document's date (``DateCompletion``), or the
/// narrative's last day at a precision it can keep; never invented. A capital acting in
/// the sentence is read as its government at the sentence's date (``CapitalReading``).
public struct ClaimReader: Sendable {
    private let entities: [Entity]
    private let matcher: EntityMatcher
    private let classes: PredicateClasses
    private let kinds: [String: String]
    private let names: [String: String]
    private let partOf: [String: String]
    private let capitals: CapitalReading
    /// The current state each former one is the predecessor of (the Soviet Union: Russia).
    private let successors: [String: String]

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
    static let countryNouns: Set<String> = ["country", "nation", "island", "state", "republic", "powerhouse", "government"]

    /// Every claim of the document, in reading order.
    public func claims(source: Source, passages: [Passage], reference: TimeValue?) -> [Fact] {
        var context = ReadingContext(kinds: kinds)
        context.partOf = partOf
        context.subjects = matcher.matches(in: TextFolding.tokens(source.title)).map(\.entity)
        context.isReport = reference != nil
        var facts: [Fact] = []
        for passage in passages {
            facts += claims(in: passage, context: &context, reference: reference)
        }
        return facts
    }

    private func claims(in passage: Passage, context: inout ReadingContext, reference: TimeValue?) -> [Fact] {
        let sentence = SentenceWords(passage.text)
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
        // "The Central American country": the reference takes in the region's name. A name
        // the document introduced without a kind ("the Eurasian country") is not known to be
        // a region the topic country lies in, so it keeps the reference from resolving.
        let references = context.references(in: words, besides: mentions.filter { kinds[$0.entity] != "place" && kinds[$0.entity] != "region" })
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
                             quotations: sentence.quotations, context: context, verbs: Set(hits.map(\.position)))
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

    private struct ClaimBase {
        var passage: Passage
        var words: [SentenceWords.Word]
        var mentions: [Mention]
        var dates: ClaimDate
        var quotations: [String]
        var context: ReadingContext
        /// Where the sentence's verb classes stand.
        var verbs: Set<Int>
    }

    /// Domains of events told as a narrative: an undated sentence of one continues the
    /// last day its section stated, and is dated by that day's month ("It was on July 2,
    /// 2007 when he landed. A meeting with the minister was also on his agenda."). In a
    /// dated report (one with a publication date) later sections continue it too, by its
    /// year only; an undated reference text's sections are not one story.
    static let narrativeDomains: Set<String> = ["visit", "meeting", "statement", "position", "alliance"]
    /// Domains that tell one event's story: in a report, a visit or meeting sentence of a
    /// later section continues a dated visit or meeting by its month (the same trip);
    /// other domains there only by its year.
    static let storyDomains: Set<String> = ["visit", "meeting"]

    private func fact(_ base: ClaimBase, predicate: String, at hit: PredicateClasses.Hit?, salience: String) -> Fact {
        let words = base.words
        let position = hit?.position ?? words.count
        let quoted = hit.map { words[$0.position].quoted } ?? false
        // A sentence naming no verb class has no agent to read: it is about what it names first.
        let agent = hit == nil ? base.mentions.first?.entity : agentOf(base, at: position, quoted: quoted, speech: hit?.isSpeech ?? false)
        var qualifiers: [String: String] = ["salience": salience]
        var object: String?
        if hit != nil {
            // The object stands in the verb's clause: before the next comma or semicolon.
            let clauseEnd = words.indices.first { $0 >= position && !words[$0].after.isEmpty && words[$0].after != "(" } ?? words.count
            object = base.mentions.first {
                $0.range.lowerBound > position && $0.range.lowerBound <= clauseEnd && $0.entity != agent && !isPlace($0, in: words)
            }?.entity
        }
        if let place = base.mentions.first(where: { isPlace($0, in: words) && $0.entity != agent }) {
            qualifiers["place"] = names[place.entity] ?? place.entity
        }
        if let with = base.mentions.first(where: { $0.range.lowerBound > 0 && words[$0.range.lowerBound - 1].folded == "with" }),
           with.entity != agent {
            qualifiers["counterpart"] = names[with.entity] ?? with.entity
        }
        let amounts = words.indices.filter { index in
            let word = words[index]
            return word.isFigure && (word.surface.hasSuffix("%") || word.surface.hasPrefix("$") || word.surface.contains(".")
                || ["percent", "per", "billion", "million"].contains(words[safe: index + 1]?.folded ?? ""))
        }
        if !amounts.isEmpty {
            let said = { (index: Int) -> String in
                let unit = words[safe: index + 1].map(\.folded).flatMap { ["percent", "billion", "million"].contains($0) ? " " + $0 : nil }
                return Self.approximation(before: index, in: words) + words[index].surface + (unit ?? "")
            }
            qualifiers["amount"] = amounts.map(said).joined(separator: ", ")
            // The share is the percentages alone: "90 percent of the $30 billion" has a share of 90 percent.
            let shares = amounts.filter { words[$0].surface.hasSuffix("%") || words[safe: $0 + 1]?.folded == "percent" }
            if !shares.isEmpty { qualifiers["share"] = shares.map(said).joined(separator: ", ") }
        }
        if !base.quotations.isEmpty { qualifiers["quote"] = base.quotations.joined(separator: " … ") }
        if let hit, ClauseRoles.movesGoods.contains(predicate),
           let goods = ClauseRoles.goods(after: hit.position, in: words, named: Set(base.mentions.flatMap { Array($0.range) })) {
            qualifiers["goods"] = goods
        }
        if let hit, let agent {
            let companions = ClauseRoles.companions(of: agent, before: hit.position, mentions: base.mentions, kinds: kinds,
                                                    words: words, verbs: base.verbs)
            if !companions.isEmpty { qualifiers["companions"] = Self.list(companions.map { names[$0] ?? $0 }) }
        }
        // A plan or an expectation is no event yet: it is kept with its modality and takes
        // no date from the narrative around it.
        let planned = hit.map { !$0.isSpeech && ClauseRoles.isPlanned(at: $0.position, in: words) } ?? false
        if planned { qualifiers["modality"] = "expected" }
        if let duration = Self.duration(in: words) { qualifiers["duration"] = duration }
        if position < words.count, words[max(0, position - 3)..<position].contains(where: { ["not", "never", "no"].contains($0.folded) || $0.folded.hasSuffix("n't") }) {
            qualifiers["polarity"] = "negative"
        }
        let subject = agent ?? base.context.subjects.first ?? base.passage.source
        // A title naming a pair of countries ("Russia wipes out Cuban debt") supplies the
        // pair a sentence leaves unsaid; not a third party to a sentence that names its own
        // pair, and not a lone country to a sentence about another. A country named only in
        // a person's title ("former Norland Prime Minister Ada Ferro") is whose the person
        // is, not what the sentence is about.
        let countries = Set(base.mentions.filter { kinds[$0.entity] == "country" && !Self.isTitleCountry($0, in: words) }.map(\.entity))
        let pair = base.context.subjects.filter { kinds[$0] == "country" }
        let supplied = pair.count >= 2 && countries.count < 2 || countries.isEmpty ? base.context.subjects : []
        // A document about a state tells its predecessor's past as its own ("Russia–Norland
        // relations": the Soviet Union established them): the title's state joins a claim
        // about its predecessor.
        let continued = pair.filter { state in countries.contains { successors[$0] == state } }
        var involved = base.mentions.map(\.entity) + supplied + continued
        var seen: Set<String> = [subject]
        involved = involved.filter { $0 != object && seen.insert($0).inserted }
        var time = base.dates.time(verbAt: hit?.position, predicate: predicate)
        if time == nil, !planned, Self.narrativeDomains.contains(PredicateClasses.domain(of: predicate)),
           let day = base.context.lastDay, let year = day.from, let month = day.month {
            let domain = PredicateClasses.domain(of: predicate)
            let sameStory = base.context.isReport && Self.storyDomains.contains(domain)
                && Self.storyDomains.contains(base.context.lastDayDomain ?? "")
            if base.context.lastDaySection == base.passage.section || sameStory {
                time = TimeValue("\(year)-\(month < 10 ? "0" : "")\(month)")
                qualifiers["dated"] = "from the section's last date, \(day.label)"
            } else if base.context.isReport {
                time = TimeValue(String(year))
                qualifiers["dated"] = "from the report's last date, \(day.label)"
            }
        }
        let passage = base.passage
        return Fact(
            id: "claim-\(passage.source)-\(Self.slug(passage.section))-p\(passage.paragraph)-s\(passage.sentence)-\(predicate)",
            subject: subject, predicate: predicate, object: object, entities: involved, qualifiers: qualifiers, time: time,
            statement: statement(subject: subject, predicate: predicate, object: object, qualifiers: qualifiers, time: time, text: passage.text),
            keywords: PredicateClasses.words(of: predicate, trigger: hit.map { words[$0.position].folded }).joined(separator: " "),
            citations: [passage.citation])
    }

    /// True for a country named as part of a person's title: a title word follows it
    /// ("Norland Prime Minister", "the Norlandic ambassador").
    static func isTitleCountry(_ mention: Mention, in words: [SentenceWords.Word]) -> Bool {
        let last = mention.range.upperBound - 1
        guard last >= 0, last + 1 < words.count, words[last].after.isEmpty, !words[last].possessive else { return false }
        return NameFinder.titles.contains(words[last + 1].folded) && words[last + 1].folded != "former"
    }

    /// Names as a list: "A", "A and B", "A, B and C".
    static func list(_ names: [String]) -> String {
        names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    }

    /// A section's name in ids: its folded words joined by hyphens ("x" for none).
    static func slug(_ text: String) -> String {
        let words = TextFolding.words(text)
        return words.isEmpty ? "x" : words.joined(separator: "-")
    }

    static let numberWords: Set<String> = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a", "several"]
    static let units: Set<String> = ["day", "days", "week", "weeks", "month", "months", "year", "years", "hours", "hour"]

    /// "two days after", "six-day tour", "in 14 years": a length of time the sentence states.
    /// The words that make a figure approximate or a bound, kept with it ("more than $4 billion"):
    /// an amount said without them would claim more than the sentence does.
    static let approximations = [["more", "than"], ["less", "than"], ["fewer", "than"], ["at", "least"], ["up", "to"],
                                 ["over"], ["about"], ["around"], ["nearly"], ["almost"], ["roughly"], ["some"]]

    static func approximation(before index: Int, in words: [SentenceWords.Word]) -> String {
        for phrase in approximations where index >= phrase.count {
            let before = words[(index - phrase.count)..<index].map(\.folded)
            if before == phrase { return phrase.joined(separator: " ") + " " }
        }
        return ""
    }

    static func duration(in words: [SentenceWords.Word]) -> String? {
        for index in words.indices.dropLast() {
            let word = words[index].folded
            let next = words[index + 1].folded
            if (numberWords.contains(word) || words[index].isFigure) && units.contains(next) {
                return words[index].surface + " " + words[index + 1].surface
            }
            if let hyphen = word.firstIndex(of: "-"), numberWords.contains(String(word[..<hyphen]))
                || Int(word[..<hyphen]) != nil, units.contains(String(word[word.index(after: hyphen)...]) + "s") {
                return words[index].surface
            }
        }
        return nil
    }

    private func agentOf(_ base: ClaimBase, at position: Int, quoted: Bool, speech: Bool) -> String? {
        let words = base.words
        if let agent = passiveAgent(base, at: position) { return agent }
        // "Arias, who received ...": a relative clause's verb has the name before "who".
        if position >= 2, position < words.count, words[position - 1].folded == "who", words[position - 2].after == ",",
           let antecedent = base.mentions.last(where: { $0.range.upperBound == position - 1 }) {
            return antecedent.entity
        }
        var clauseStart = 0
        for index in stride(from: min(position, words.count) - 1, through: 0, by: -1) where words[index].after == ";" {
            clauseStart = index + 1
            break
        }
        // A name right before the verb is its subject whatever precedes it ("leading to
        // Venezuela breaking off"); further back, a name after a preposition is not.
        let before = base.mentions.filter { mention in
            mention.range.upperBound <= position && mention.range.lowerBound >= clauseStart
                && words[mention.range.lowerBound].quoted == quoted
                && (mention.range.upperBound == position
                    || !(mention.range.lowerBound > 0 && Self.prepositions.contains(words[mention.range.lowerBound - 1].folded)))
        }
        if speech, let after = base.mentions.first(where: { $0.range.lowerBound > position && kinds[$0.entity] == "person" }),
           before.isEmpty || position > 0 && (words[position - 1].quoted || words[position - 1].after == ",") {
            return after.entity
        }
        if let last = before.last { return last.entity }
        if speech, let after = base.mentions.first(where: { $0.range.lowerBound > position }) { return after.entity }
        return nil
    }

    static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being"]

    /// The agent of a passive verb: "was signed by Yang Jiechi", "a communiqué, signed on
    /// June 1 by ...", "will be spent by Havana": the first name after "by" in the verb's
    /// clause (a person there before the country of their title), when a form of "be" or a
    /// comma stands just before the participle.
    private func passiveAgent(_ base: ClaimBase, at position: Int) -> String? {
        let words = base.words
        guard position > 0, position < words.count, words[position].folded.hasSuffix("ed") || words[position].folded.hasSuffix("en"),
              Self.beForms.contains(words[position - 1].folded) || words[position - 1].after == ","
                || position > 1 && Self.beForms.contains(words[position - 2].folded) && words[position - 1].folded.hasSuffix("ly")
        else { return nil }
        var index = position
        while index + 1 < words.count, index - position < 8, words[index].after.isEmpty || index == position {
            index += 1
            guard words[index].folded == "by" else { continue }
            // "by Chinese Foreign Minister Yang Jiechi": the person, not the country before the title.
            let named = base.mentions.filter { $0.range.lowerBound > index && $0.range.lowerBound <= index + 5 }
            return (named.first { kinds[$0.entity] == "person" } ?? named.first)?.entity
        }
        return nil
    }

    private func isPlace(_ mention: Mention, in words: [SentenceWords.Word]) -> Bool {
        guard mention.range.lowerBound > 0, ["in", "at"].contains(words[mention.range.lowerBound - 1].folded) else { return false }
        return ["city", "country", "place", "name"].contains(kinds[mention.entity] ?? "")
    }

    private func statement(subject: String, predicate: String, object: String?, qualifiers: [String: String], time: TimeValue?, text: String) -> String {
        var parts = [names[subject] ?? subject]
        let action = predicate.replacingOccurrences(of: ".", with: " ").replacingOccurrences(of: "-", with: " ")
        parts.append((qualifiers["polarity"] == "negative" ? "not " : "") + action)
        if let object { parts.append(names[object] ?? object) }
        if let place = qualifiers["place"] { parts.append("in " + place) }
        if let time { parts.append(time.phrase) }
        return parts.joined(separator: " ") + ": “" + text + "”"
    }
}

/// An entity named, or referred to, at a run of words.
struct Mention {
    var entity: String
    var range: Range<Int>
}

extension ClaimReader {
    /// Drops claims a curated fact already tells: one citing the same paragraph. Facts
    /// read from documents (ids `claim-` and `event-`) do not count.
    public static func unseen(_ claims: [Fact], besides facts: [Fact]) -> [Fact] {
        var curated = Set<String>()
        for fact in facts where !fact.id.hasPrefix("claim-") && !fact.id.hasPrefix("event-") {
            for citation in fact.citations { curated.insert("\(citation.source)|\(citation.section)|\(citation.paragraph)") }
        }
        return claims.filter { claim in
            !claim.citations.contains { curated.contains("\($0.source)|\($0.section)|\($0.paragraph)") }
        }
    }
}
