import DossierKit
import DossierLanguage
import Foundation

extension ClaimReader {

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

    func fact(_ base: ClaimBase, predicate: String, at hit: PredicateClasses.Hit?, salience: String) -> Fact {
        let words = base.words
        let position = hit?.position ?? words.count
        let quoted = hit.map { words[$0.position].quoted } ?? false
        // A sentence naming no verb class has no agent to read: it is about what it names first.
        let agent = hit == nil ? base.mentions.first?.entity : agentOf(base, at: position, quoted: quoted, speech: hit?.isSpeech ?? false)
        var qualifiers: [String: String] = ["salience": salience]
        let span = ClaimSpan(verb: hit, hits: base.hits, dates: base.dates, count: words.count)
        var object: String?
        if hit != nil {
            // The object stands in the verb's clause: before the next comma or semicolon.
            let clauseEnd = words.indices.first { $0 >= position && !words[$0].after.isEmpty && words[$0].after != "(" } ?? words.count
            object = base.mentions.first {
                $0.range.lowerBound > position && $0.range.lowerBound <= clauseEnd && $0.entity != agent && !isPlace($0, in: words)
            }.map { titled($0, base: base).entity }
        }
        if let place = base.mentions.first(where: { isPlace($0, in: words) && $0.entity != agent && span.contains($0) }) {
            qualifiers["place"] = names[place.entity] ?? place.entity
        }
        // "with Norlandic Foreign Minister Ivo Brandt": the person, not the country of their title.
        if let with = base.mentions.first(where: { span.contains($0) && $0.range.lowerBound > 0 && words[$0.range.lowerBound - 1].folded == "with" })
            .map({ titled($0, base: base) }) {
            if with.entity != agent { qualifiers["counterpart"] = names[with.entity] ?? with.entity }
        }
        let figures = Self.amounts(in: words, owned: span)
        if let amount = figures.amount { qualifiers["amount"] = amount }
        if let share = figures.share { qualifiers["share"] = share }
        if !base.quotations.isEmpty { qualifiers["quote"] = base.quotations.joined(separator: " … ") }
        if let hit, ClauseRoles.movesGoods.contains(predicate),
           let goods = ClauseRoles.goods(after: hit.position, in: words, named: Set(base.mentions.flatMap { Array($0.range) })) {
            qualifiers["goods"] = ClauseRoles.namedGoods(for: goods, in: words, owned: span, named: Set(base.mentions.flatMap { Array($0.range) }),
                                                         lexicon: classes.lexicon) ?? goods
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
        // The entities of a clause depending on the claim's (or it on them) are the other
        // verb's ("signed a deal with X, months after it cut its ties with Y": the deal does
        // not involve Y); clauses joined as equals share theirs ("X met Y and signed ...").
        var involved = base.mentions.filter { !span.foreignNames.contains($0.range.lowerBound) }.map(\.entity) + supplied + continued
        var seen: Set<String> = [subject]
        involved = involved.filter { $0 != object && seen.insert($0).inserted }
        var time = base.dates.time(verbAt: hit?.position, predicate: predicate, foreign: span.foreign)
        if let hit, let relative = RelativeDate.time(verbAt: hit.position, in: base.dates) {
            time = relative.time
            qualifiers["dated"] = relative.label
        }
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
            statement: statement(subject: subject, predicate: predicate, object: object, qualifiers: qualifiers, time: time,
                                 text: span.indexWords(verb: hit, hits: base.hits, words: words, mentions: base.mentions, lexicon: classes.lexicon)
                                    .text(of: passage.text, words: words)),
            keywords: PredicateClasses.words(of: predicate, trigger: hit.map { words[$0.position].folded }).joined(separator: " "),
            citations: [passage.citation])
    }


    /// The person a country's mention stands in the title of ("met Norlandic Foreign
    /// Minister Ada Ferro": Ada Ferro), else the mention itself.
    func titled(_ mention: Mention, base: ClaimBase) -> Mention {
        guard Self.isTitleCountry(mention, in: base.words) else { return mention }
        return base.mentions.first {
            $0.range.lowerBound > mention.range.lowerBound && $0.range.lowerBound <= mention.range.upperBound + 4 && kinds[$0.entity] == "person"
        } ?? mention
    }

    func isPlace(_ mention: Mention, in words: [SentenceWords.Word]) -> Bool {
        guard mention.range.lowerBound > 0, ["in", "at"].contains(words[mention.range.lowerBound - 1].folded) else { return false }
        return ["city", "country", "place", "name"].contains(kinds[mention.entity] ?? "")
    }

    /// A predicate's dots and hyphens as spaces ("diplomacy.state-visit": "diplomacy state
    /// visit"); an ASCII one mapped byte by byte, as Foundation's replacement would.
    static func spaced(_ predicate: String) -> String {
        guard predicate.utf8.allSatisfy({ $0 < 0x80 }) else {
            return predicate.replacingOccurrences(of: ".", with: " ").replacingOccurrences(of: "-", with: " ")
        }
        return String(decoding: predicate.utf8.map { $0 == 0x2E || $0 == 0x2D ? 0x20 : $0 }, as: UTF8.self)
    }

    func statement(subject: String, predicate: String, object: String?, qualifiers: [String: String], time: TimeValue?, text: String) -> String {
        var parts = [names[subject] ?? subject]
        let action = Self.spaced(predicate)
        parts.append((qualifiers["polarity"] == "negative" ? "not " : "") + action)
        if let object { parts.append(names[object] ?? object) }
        if let place = qualifiers["place"] { parts.append("in " + place) }
        if let time { parts.append(time.phrase) }
        return parts.joined(separator: " ") + ": “" + text + "”"
    }
}
