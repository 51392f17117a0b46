import DossierAnswering
import DossierKit

/// "Who is the president of Norland?", "who is Estavia's foreign minister?": a question in
/// the present tense, with no time, asking for an office of one country wants the office's
/// current holder. The sources can only say who held it when they were written, so the
/// answer is the person the most recent cited sentence gives that title, for that country
/// ("Foreign Minister Ada Ferro", "Norland's Foreign Minister Ada Ferro", "Ada Ferro, the
/// foreign minister of Norland"), with the sentence's date.
///
/// A holder the sentence marks as past ("former President", "then-president") never
/// answers; nor does a longer title ("Deputy Foreign Minister" is not "Foreign Minister"),
/// nor a sentence that does not say whose office it is (the title's country, else the
/// country the reader placed the person in). Two holders on the same latest date: no
/// answer.
enum OfficeHolderReading {
    /// Words that make a title a past one: "former President", "then-president".
    static let pastMarks: Set<String> = ["former", "then", "ex", "late", "outgoing", "previous", "past", "onetime"]
    /// How many words before a title a past mark may stand.
    static let pastReach = 3
    /// The kind fit of a holder read from the latest source: a later source the store does
    /// not hold may name another, so it answers with a reading, never as exactly stated.
    static let kindFit = 0.9

    static func bid(for question: Question, in facts: any FactQuery) -> Bid? {
        guard let asked = OfficeQuestion(question, in: facts) else { return nil }
        let (title, country) = (asked.title, asked.country)
        // A sentence giving the country's office names the country (in the title), or
        // names a person the reader placed in it.
        let placed = facts.entities.filter { $0.isPerson && $0.partOf == country.id }
        var seen = Set<String>()
        let candidates = (facts.facts(about: country.id) + placed.flatMap { facts.facts(about: $0.id) })
            .filter { ClaimSentence.isClaim($0) && seen.insert($0.id).inserted }
        let holders = candidates.flatMap { fact in
            fact.allEntities.compactMap(facts.entity).filter(\.isPerson).compactMap { person -> (person: Entity, fact: Fact, date: TimeValue)? in
                guard let quote = fact.citations.first?.quote, holds(title, of: country, person: person, in: quote, facts: facts),
                      let date = date(of: fact, in: facts)
                else { return nil }
                return (person, fact, date)
            }
        }
        guard let latest = holders.max(by: { $0.date < $1.date }) else { return nil }
        // Two people given the office on the latest date: the sources do not say which holds it.
        guard !holders.contains(where: { $0.date == latest.date && $0.person.id != latest.person.id }) else { return nil }
        let office = title.joined(separator: " ") + " of " + ArticledName.of(country)
        let quote = latest.fact.citations.first?.quote.map { " “" + $0 + "”" } ?? ""
        let text = "\(latest.person.name) was \(office) \(latest.date.phrase), the latest date a source gives the office a holder:" + quote
        let evidence = Confidence.Evidence(kind: kindFit)
        return Bid(confidence: evidence.confidence,
                   answer: Answer(text: text, facts: [latest.fact], interpretation: "latest holder named: \(office)"),
                   reason: "\(holders.count) sentence(s) naming the \(office); latest \(latest.date.label)", evidence: evidence)
    }

    /// When a sentence gives someone a title: at the time of the event it tells of, never
    /// later than its source was published; for a plan, at publication.
    static func date(of fact: Fact, in facts: any FactQuery) -> TimeValue? {
        let published = fact.citations.first.flatMap { facts.source($0.source)?.published }.flatMap(TimeValue.init)
        guard let time = fact.time, !ModalityFit.isPlanned(fact) else { return published }
        guard let published else { return time }
        return time > published ? published : time
    }

    /// True when the quote gives the person exactly this title, now, for this country.
    static func holds(_ title: [String], of country: Entity, person: Entity, in quote: String, facts: any FactQuery) -> Bool {
        let said = lowered(quote)
        let names = ([person.name] + person.aliases).map(lowered).filter { $0.count >= 2 }
        for name in names {
            for start in said.indices where Array(said[start...].prefix(name.count)) == name {
                if before(start, end: start + name.count, in: said, title: title, country: country, person: person, facts: facts)
                    || after(start + name.count, in: said, title: title, country: country) { return true }
            }
        }
        return false
    }

    /// "Norland's Foreign Minister Ada Ferro", "Foreign Minister Ada Ferro of Norland",
    /// "Foreign Minister Ada Ferro" (with the person placed in the country).
    static func before(_ start: Int, end: Int, in said: [String], title: [String], country: Entity, person: Entity,
                       facts: any FactQuery) -> Bool {
        var first = start
        while first > 0, OfficeQuestion.officeWords.contains(said[first - 1]) { first -= 1 }
        // A past mark may stand before the title's country: "former Norlandic Foreign Minister".
        guard Array(said[first..<start]) == title, !said[max(0, first - pastReach)..<first].contains(where: pastMarks.contains)
        else { return false }
        let owner = (first > 0 ? countryNamed(endingAt: first, in: said, facts: facts) : nil)
            ?? (said[end...].first == "of" ? countryNamed(startingAt: end + 1, in: said, facts: facts) : nil)
        return owner.map { $0 == country.id } ?? (person.partOf == country.id)
    }

    /// "Ada Ferro, the foreign minister of Norland".
    static func after(_ end: Int, in said: [String], title: [String], country: Entity) -> Bool {
        var rest = Array(said[end...])
        if rest.first == "the" { rest.removeFirst() }
        guard Array(rest.prefix(title.count)) == title, rest.count > title.count, rest[title.count] == "of" else { return false }
        let owner = Array(rest[(title.count + 1)...])
        return ([country.name] + country.aliases).map(lowered).contains { !$0.isEmpty && Array(owner.prefix($0.count)) == $0 }
    }

    /// The country whose name or alias starts at `start` ("of Norland").
    static func countryNamed(startingAt start: Int, in said: [String], facts: any FactQuery) -> String? {
        let words = Array(said[min(start, said.count)...])
        return facts.entities.first { entity in
            entity.kind == "country" && ([entity.name] + entity.aliases).map(lowered).contains { !$0.isEmpty && Array(words.prefix($0.count)) == $0 }
        }?.id
    }

    /// The country whose name, alias or demonym ends at `end` ("Norland's", "Norlandic").
    static func countryNamed(endingAt end: Int, in said: [String], facts: any FactQuery) -> String? {
        var words = Array(said[..<end])
        if words.last == "s", words.count > 1 { words.removeLast() }
        return facts.entities.first { entity in
            entity.kind == "country" && ([entity.name] + entity.aliases).map(lowered).contains { name in
                !name.isEmpty && name.count <= words.count && Array(words.suffix(name.count)) == name
            }
        }?.id
    }

    static func lowered(_ text: String) -> [String] { OfficeQuestion.words(of: text) }
}
