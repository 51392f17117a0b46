import DossierKit

/// What earlier sentences of the document established: the last person, the last
/// country and the document's subjects, for references to resolve against.
struct ReadingContext {
    let kinds: [String: String]
    var partOf: [String: String] = [:]
    /// How often each country has been named so far: the document's topic is named most.
    var countryCounts: [String: Int] = [:]
    var subjects: [String] = []
    var lastPerson: String?
    var lastCountry: String?
    /// The people the last sentence naming anyone named, in order: what "these officials" means.
    var lastPeople: [String] = []
    /// Countries named so far, each once, the most recent last: what "the two countries" means.
    var recentCountries: [String] = []
    /// The last day a sentence stated, and the section that sentence stood in.
    var lastDay: TimeValue?
    var lastDaySection: String?
    /// The domain of what that sentence was about ("visit").
    var lastDayDomain: String?
    /// The section of the sentence read last.
    var section: String?
    /// The year of the last date a sentence stated: what "that year" means.
    var lastYear: Int?
    /// True for a document with a publication date: a report telling one story.
    var isReport = false

    mutating func read(_ mentions: [Mention]) {
        let people = mentions.map(\.entity).filter { kinds[$0] == "person" }
        if !people.isEmpty { lastPeople = people.reduce(into: []) { if !$0.contains($1) { $0.append($1) } } }
        for mention in mentions where kinds[mention.entity] == "country" {
            recentCountries.removeAll { $0 == mention.entity }
            recentCountries.append(mention.entity)
        }
        for mention in mentions {
            switch kinds[mention.entity] {
            case "person": lastPerson = mention.entity
            case "country":
                lastCountry = mention.entity
                countryCounts[mention.entity, default: 0] += 1
            default: break
            }
        }
    }

    /// The country "the Central American country" means: the one the document has named
    /// most so far, leaving out those the sentence itself names (or names a city of);
    /// the title's first on a tie, then the one named last.
    func topicCountry(besides mentions: [Mention]) -> String? {
        let named = Set(mentions.map(\.entity) + mentions.compactMap { partOf[$0.entity] })
        let candidates = countryCounts.filter { !named.contains($0.key) }
        let rank = { (id: String) in subjects.firstIndex(of: id) ?? subjects.count }
        let recency = { (id: String) in recentCountries.firstIndex(of: id) ?? -1 }
        // Ties go to the title's first, then to the one named last, then by id: never to
        // the order a dictionary happens to hold them in.
        return candidates.max { a, b in
            if a.value != b.value { return a.value < b.value }
            if rank(a.key) != rank(b.key) { return rank(a.key) > rank(b.key) }
            if recency(a.key) != recency(b.key) { return recency(a.key) < recency(b.key) }
            return a.key > b.key
        }?.key
            ?? subjects.first { !named.contains($0) }
    }

    /// References in the sentence: a pronoun or "the president" to the last person, "the
    /// Central American country" or "the island" to the document's topic country (one the
    /// sentence does not name), else to the last country the sentence named before it,
    /// not as a place or a preposition's object ("X opened its embassy in Y, after the
    /// Central American country cut ...": X).
    func references(in words: [SentenceWords.Word], besides mentions: [Mention]) -> [Mention] {
        var found = groupReferences(in: words, besides: mentions)
        let taken = Set((mentions + found).flatMap { Array($0.range) })
        for (index, word) in words.enumerated() where !taken.contains(index) {
            if ClaimReader.pronouns.contains(word.folded), let person = lastPerson {
                found.append(Mention(entity: person, range: index..<index + 1))
            } else if word.folded == "the", !(index > 0 && ["is", "was", "are", "were", "be", "became", "becomes"].contains(words[index - 1].folded)) {
                // After "is", "the second country" says what the subject is; it refers to nothing.
                var end = index + 1
                while end < words.count, end - index <= 3, !taken.contains(end), words[end].after.isEmpty || end - index <= 3 {
                    let noun = words[end].folded
                    if ClaimReader.countryNouns.contains(noun), let country = topicCountry(besides: mentions)
                        ?? mentions.last(where: { mention in
                            mention.range.upperBound <= index && kinds[mention.entity] == "country"
                                && !(mention.range.lowerBound > 0 && ClaimReader.prepositions.contains(words[mention.range.lowerBound - 1].folded))
                        })?.entity {
                        found.append(Mention(entity: country, range: index..<end + 1))
                        break
                    }
                    if NameFinder.titles.contains(noun), noun != "former", let person = lastPerson,
                       !(end + 1 < words.count && words[end + 1].capitalised),
                       !Self.isAppositive(after: end, in: words, mentions: mentions, kinds: kinds) {
                        found.append(Mention(entity: person, range: index..<end + 1))
                        break
                    }
                    if !words[end].after.isEmpty { break }
                    end += 1
                }
            }
        }
        return found
    }
}

extension ReadingContext {
    /// "the secretary general of the party, Ivo Brandt": a title whose phrase a comma
    /// closes before a person's name is that person's, not a reference to someone earlier.
    static func isAppositive(after title: Int, in words: [SentenceWords.Word], mentions: [Mention], kinds: [String: String]) -> Bool {
        for index in title..<min(words.count, title + 7) where !words[index].after.isEmpty {
            return words[index].after == "," && mentions.contains { $0.range.lowerBound == index + 1 && kinds[$0.entity] == "person" }
        }
        return false
    }

    /// Words that open a reference to a group: "these officials", "the two countries", "both sides".
    static let groupOpeners: Set<String> = ["these", "those", "both", "two"]
    /// Plural nouns for countries as parties.
    static let countryPlurals: Set<String> = ["countries", "nations", "governments", "states", "sides", "republics"]
    /// Plural nouns for people in office.
    static let peoplePlurals: Set<String> = [
        "officials", "ministers", "envoys", "leaders", "presidents", "diplomats", "representatives", "delegates", "men", "women",
    ]

    /// "the two countries", "both nations": the last two countries named (this sentence's,
    /// before the words, count); "these officials": the people the last sentence naming
    /// anyone named; "the two ministers", "both leaders": the last two people named (this
    /// sentence's, before the words, count). Each group
    /// gives one mention per member over the same words.
    func groupReferences(in words: [SentenceWords.Word], besides mentions: [Mention]) -> [Mention] {
        var found: [Mention] = []
        let taken = Set(mentions.flatMap { Array($0.range) })
        for index in words.indices where Self.groupOpeners.contains(words[index].folded) && !taken.contains(index) {
            var end = index + 1
            if words[index].folded == "both", words[safe: end]?.folded == "the" { end += 1 }
            guard let noun = words[safe: end], words[index].after.isEmpty, !taken.contains(end) else { continue }
            let start = index > 0 && words[index - 1].folded == "the" && words[index].folded == "two" ? index - 1 : index
            let pair = ["two", "both"].contains(words[index].folded)
            if Self.countryPlurals.contains(noun.folded) {
                var countries = recentCountries
                for mention in mentions where mention.range.upperBound <= start && kinds[mention.entity] == "country" {
                    countries.removeAll { $0 == mention.entity }
                    countries.append(mention.entity)
                }
                guard countries.count >= 2 else { continue }
                found += countries.suffix(2).map { Mention(entity: $0, range: start..<end + 1) }
            } else if Self.peoplePlurals.contains(noun.folded) {
                // A pair takes in the people this sentence names before it: "she met X, and
                // the two leaders signed" are she and X.
                var people = lastPeople
                if pair {
                    for mention in mentions where mention.range.upperBound <= start && kinds[mention.entity] == "person" {
                        people.removeAll { $0 == mention.entity }
                        people.append(mention.entity)
                    }
                }
                guard people.count >= 2 else { continue }
                found += (pair ? Array(people.suffix(2)) : people).map { Mention(entity: $0, range: start..<end + 1) }
            }
        }
        return found
    }
}
