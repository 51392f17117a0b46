public import DossierKit
public import DossierLanguage
import Foundation

/// Finds the names a document introduces: runs of capitalised words that no known
/// entity accounts for, typed by what stands around them.
///
/// - A title before a name ("President Tsai Ing-wen", "his counterpart Bruno Stagno
///   Ugarte", "its leader, John Briceno") makes it a person; a known country just before
///   the title ("Costa Rican President Oscar Arias") is the person's country.
/// - A word such as Court, Party or Commission in the name makes it an organisation.
/// - A short all-capitals name in brackets after a name is its alias
///   ("International Court of Justice (ICJ)").
/// - Without a title, a run is a person only with evidence (``hasPersonEvidence``); a
///   prize, a product or a document never is.
/// - A person is also known by the last word of the name ("Giammattei").
/// - A lone capitalised word opening a sentence is not a name (it is any first word);
///   nor are months, weekdays or stopwords.
public struct NameFinder: Sendable {
    /// Words that, before a name, say it is a person.
    static let titles: Set<String> = [
        "president", "prime", "minister", "foreign", "deputy", "vice", "secretary", "general", "chairman", "leader",
        "former", "ambassador", "king", "queen", "senator", "governor", "chancellor", "mayor", "premier", "counterpart",
        "envoy", "spokesman", "spokeswoman", "pope", "general", "commander", "director", "head", "wife", "husband",
    ]
    /// Words that, inside a name, say it is an organisation.
    static let organisationWords: Set<String> = [
        "court", "party", "commission", "group", "assembly", "agency", "survey", "council", "ministry", "office",
        "bank", "union", "organization", "organisation", "department", "committee", "parliament", "duma", "congress",
        "secretariat", "service", "fund", "company", "corporation", "sa", "bhd", "university", "institute", "press",
        "nations", "agency", "airline", "airlines", "forces", "army", "navy", "club", "foundation", "association",
    ]
    /// Common nouns a text capitalises in a heading or after a name ("Belize Government"):
    /// alone they name nothing.
    static let institutionNouns: Set<String> = organisationWords.union(titles).union([
        "government", "republic", "state", "street", "embassy", "city", "island", "province", "region", "capital", "nation",
        "presidential", "international", "national", "source", "photo",
    ])
    static let connectors: Set<String> = ["de", "of", "la", "del", "the", "da", "van", "von", "bin"]
    static let calendarWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "jan", "feb", "aug",
        "sept", "oct", "nov", "dec", "jul", "jun",
    ]

    private let lexicon: Lexicon
    private let gazetteer: Gazetteer
    /// Every current country's names, demonyms and capitals, matched like entities.
    private let countryMatcher: EntityMatcher

    /// Creates a finder; stopwords come from the lexicon, countries from the gazetteer.
    public init(lexicon: Lexicon = .bundled, gazetteer: Gazetteer = .bundled) {
        self.lexicon = lexicon
        self.gazetteer = gazetteer
        countryMatcher = EntityMatcher(entities: gazetteer.countries.filter { $0.withdrawn == nil }.map { country in
            Entity(id: country.id, name: country.name(), kind: "country",
                   aliases: (country.names[.english] ?? []) + country.aliases + country.demonyms + country.capitals)
        })
    }

    /// A name found, before it is merged with others of the document.
    struct Found {
        var name: String
        var kind: String
        var alias: String?
        var partOf: String?
        var aliases: [String] = []
    }

    /// The entities a document introduces, each with its first sentence, given the
    /// entities already known (which are never introduced again).
    public func entities(in passages: [Passage], known: [Entity]) -> [DocumentEntity] {
        entities(in: passages, words: PassageWords(passages), known: known)
    }

    /// ``entities(in:known:)`` on words already split from `passages` (the same passages).
    public func entities(in passages: [Passage], words: PassageWords, known: [Entity]) -> [DocumentEntity] {
        let matcher = EntityMatcher(entities: known)
        let knownIDs = Set(known.map(\.id))
        let knownNames = Set(known.flatMap { [$0.name] + $0.aliases }.map(TextFolding.fold))
        let sentences = words.sentences.map(\.words)
        let lowercase = Set(sentences.flatMap { $0.filter { !$0.capitalised }.map(\.folded) })
        let knownKinds = Dictionary(known.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
        var runs: [(Found, Passage)] = []
        var countries: [String: Found?] = [:]
        for (passage, words) in zip(passages, sentences) {
            for name in names(in: words, matcher: matcher, kinds: knownKinds, knownNames: knownNames, countries: &countries) {
                let country = name.kind == "country" ? nil : countryReading(of: name, known: knownNames, memo: &countries)
                runs.append((name.kind == "country" ? name : country ?? name, passage))
            }
        }
        // Longer names first, so a shorter run that is part of one becomes its alias.
        var found: [String: DocumentEntity] = [:]
        var order: [String] = []
        var byWord: [String: String] = [:]
        let longestFirst = runs.map { ($0, $0.0.name.split(separator: " ").count) }.sorted { $0.1 > $1.1 }.map(\.0)
        // A document writes the same name again and again: its id, folded form and words
        // are made once per name.
        var spellings: [String: (id: String, folded: String, words: [String])] = [:]
        for (name, passage) in longestFirst {
            let spelling: (id: String, folded: String, words: [String])
            if let made = spellings[name.name] {
                spelling = made
            } else {
                spelling = (id: EntityID.slug(name.name), folded: TextFolding.fold(name.name), words: TextFolding.words(name.name))
                spellings[name.name] = spelling
            }
            let id = spelling.id
            guard !knownIDs.contains(id), !knownNames.contains(spelling.folded) else { continue }
            let words = spelling.words
            if words.count == 1, name.kind != "country",
               lowercase.contains(words[0]) || Self.isWordOfOrigin(words[0]) || Self.institutionNouns.contains(words[0]) { continue }
            if let longer = found[id] ?? byWord[words.joined(separator: " ")].flatMap({ found[$0] }) {
                var existing = longer
                if let alias = name.alias, alias.count >= 2, !existing.entity.aliases.contains(alias) { existing.entity.aliases.append(alias) }
                if existing.entity.kind == "name" && name.kind != "name" { existing.entity.kind = name.kind }
                if existing.entity.partOf == nil { existing.entity.partOf = name.partOf }
                if existing.entity.id != id, !existing.entity.aliases.contains(name.name) { existing.entity.aliases.append(name.name) }
                found[existing.entity.id] = existing
                continue
            }
            var aliases = (name.alias.map { $0.count >= 2 ? [$0] : [] } ?? []) + name.aliases
            // A person is known by the last word of the name, unless it is a hyphenated
            // given name written after the surname ("Tsai Ing-wen").
            if name.kind == "person", words.count >= 2, let last = name.name.split(separator: " ").last, last.count > 3,
               !(last.contains("-") && last.split(separator: "-").last?.first?.isLowercase == true) {
                aliases.append(String(last))
            }
            found[id] = DocumentEntity(
                entity: Entity(id: id, name: name.name, kind: name.kind, aliases: aliases, partOf: name.partOf),
                citation: passage.citation)
            order.append(id)
            // Trailing parts of the name ("Saint Malo", "Netanyahu") and aliases find it again.
            for cut in 1..<max(words.count, 1) where words.count - cut >= 1 {
                let tail = words[cut...].joined(separator: " ")
                if byWord[tail] == nil, tail.count > 3 { byWord[tail] = id }
            }
            for alias in aliases { byWord[TextFolding.fold(alias)] = id }
        }
        // A surname two people share names neither.
        var surnames: [String: Int] = [:]
        for id in order { for alias in found[id]!.entity.aliases where found[id]!.entity.kind == "person" { surnames[alias, default: 0] += 1 } }
        let firstSeen = Dictionary(runs.enumerated().map { (spellings[$0.element.0.name]?.id ?? EntityID.slug($0.element.0.name), $0.offset) },
                                   uniquingKeysWith: min)
        return order.compactMap { id -> DocumentEntity? in
            guard var entity = found[id] else { return nil }
            entity.entity.aliases.removeAll { (surnames[$0] ?? 0) > 1 }
            return entity
        }.sorted { (firstSeen[$0.entity.id] ?? 0) < (firstSeen[$1.entity.id] ?? 0) }
    }

    /// A name the gazetteer knows as a country, its demonym or its capital, read as that
    /// country under its preferred English name, with its other names, demonyms and
    /// capitals as aliases (a capital stands for its government); nil for other names and
    /// for countries already known under one of those names.
    func countryReading(of found: Found, known: Set<String>) -> Found? {
        guard found.kind != "person", let match = gazetteer.lookup(found.name) else { return nil }
        let country = match.country
        let names = (country.names[.english] ?? []) + country.aliases
        let iso = (country.names[.english] ?? []).filter { !$0.contains(",") }
        let preferred = iso.first ?? names.first ?? country.name()
        let all = names + (country.names[.spanish] ?? []) + country.demonyms + country.capitals + [found.name]
        if all.contains(where: { known.contains(TextFolding.fold($0)) }) { return nil }
        var seen: Set<String> = [TextFolding.fold(preferred)]
        let aliases = all.filter { !$0.contains(",") && seen.insert(TextFolding.fold($0)).inserted }
        return Found(name: preferred, kind: "country", alias: nil, partOf: nil, aliases: aliases)
    }

    /// ``countryReading(of:known:)`` remembered by name for one document (`known` the
    /// same throughout): a document names its countries again and again.
    func countryReading(of found: Found, known: Set<String>, memo: inout [String: Found?]) -> Found? {
        guard found.kind != "person" else { return nil }
        if let reading = memo[found.name] { return reading }
        let reading = countryReading(of: found, known: known)
        memo[found.name] = reading
        return reading
    }

    /// "Taiwanese", "Jewish", "Soviet-era": a single word of origin is an adjective, not a
    /// name (-an is left alone: Taiwan and Iran end so too).
    static func isWordOfOrigin(_ word: String) -> Bool {
        ["ese", "ish", "-era"].contains(where: word.hasSuffix)
    }

    /// The capitalised runs of one sentence that known entities do not account for.
    func names(
        in words: [SentenceWords.Word], matcher: EntityMatcher, kinds: [String: String], knownNames: Set<String>,
        countries: inout [String: Found?]
    ) -> [Found] {
        let tokens = words.map { TextFolding.Token(surface: $0.surface, folded: $0.folded) }
        var claimed = [String?](repeating: nil, count: words.count)
        for match in matcher.matches(in: tokens) { for index in match.range { claimed[index] = match.entity } }
        var results: [Found] = []
        // Countries the gazetteer names (by name, demonym or capital) that no known entity
        // accounts for: "Sao Tome and Principe", "Taiwanese", "Jerusalem".
        for match in countryMatcher.matches(in: tokens) where !match.range.contains(where: { claimed[$0] != nil }) {
            let surface = words[match.range].map(\.surface).joined(separator: " ")
            let country = countryReading(of: Found(name: surface, kind: "name"), known: knownNames, memo: &countries)
            if let country { results.append(country) }
            for index in match.range { claimed[index] = country.map { EntityID.slug($0.name) } ?? "gazetteer" }
        }
        var index = 0
        while index < words.count {
            guard isNameWord(words[index]), claimed[index] == nil else { index += 1; continue }
            var end = index + 1
            while end < words.count, claimed[end] == nil, words[end - 1].after.isEmpty, !words[end - 1].possessive {
                if isNameWord(words[end]) { end += 1; continue }
                if Self.connectors.contains(words[end].folded), end + 1 < words.count, isNameWord(words[end + 1]),
                   claimed[end + 1] == nil, words[end].after.isEmpty {
                    end += 2
                    continue
                }
                break
            }
            var start = index
            // Titles written with capitals open the run: "Foreign Minister Yang Jiechi".
            var titled = false
            while start < end, lexicon.isStopword(words[start].folded) && !Self.titles.contains(words[start].folded) { start += 1 }
            while start < end, Self.titles.contains(words[start].folded) || Self.honorifics.contains(words[start].folded) {
                titled = true
                start += 1
            }
            if start < end, start == 0 || words[start].startsSentence, end - start == 1, !titled {
                index = end
                continue  // a lone sentence-opening word
            }
            var stop = end
            while stop > start, Self.titles.contains(words[stop - 1].folded) { stop -= 1 }
            guard start < stop else { index = end; continue }
            var nameWords = words[start..<stop]
            // Credits and banners in capitals ("PAY ATTENTION", "EPA-EFE DAVID CHANG") are not names.
            if nameWords.count > 1, nameWords.allSatisfy({ $0.surface.allSatisfy { !$0.isLowercase } }) { index = end; continue }
            let folded = nameWords.map(\.folded)
            if folded.allSatisfy({ lexicon.isStopword($0) || Self.calendarWords.contains($0) || Self.titles.contains($0) }) {
                index = end
                continue
            }
            // A lowercase title just before: "its leader, John Briceno", "counterpart Volodymyr Zelensky".
            var look = index - 1
            while look >= 0, ["former", "his", "her", "its", "their", "the"].contains(words[look].folded) == false,
                  Self.titles.contains(words[look].folded) || words[look].folded == "minister" {
                titled = true
                look -= 1
            }
            if index > 0, Self.titles.contains(words[index - 1].folded) { titled = true }
            var partOf = titledFrom(before: index, words: words, claimed: claimed, kinds: kinds)
            if partOf != nil { titled = true }
            if titled, index > 0 {
                var before = index - 1
                while before > 0, Self.titles.contains(words[before].folded) { before -= 1 }
                if let entity = claimed[before], kinds[entity] == "country", words[before].after.isEmpty { partOf = entity }
            }
            let isOrganisation = folded.contains(where: Self.organisationWords.contains)
            // "Supreme Assembly of Norland": an organisation's name runs on through "of" and a known place.
            if isOrganisation, stop == end, end + 1 < words.count, words[end].folded == "of", let place = claimed[end + 1],
               words[end - 1].after.isEmpty {
                var last = end + 1
                while last + 1 < words.count, claimed[last + 1] == place { last += 1 }
                end = last + 1
                stop = end
            }
            let isThing = Self.namesAThing(words[start..<stop])
            // Evidence other than a title needs a full name: "Xinhua said" is an agency.
            let isPerson = !isThing && (titled || (2...4).contains(folded.count) && Self.hasPersonEvidence(words, start: start, end: stop))
            let kind = isOrganisation ? "organization" : isThing ? "name" : titled || isPerson ? "person" : "name"
            var alias: String?
            if end < words.count, words[end - 1].after == "(", words[end].surface.allSatisfy({ $0.isUppercase }),
               words[end].surface.count <= 6 {
                alias = words[end].surface
            }
            // "Resolution 2758": a numbered document keeps its number.
            if isOrganisation || folded.last == "resolution", stop == end, end < words.count, words[end].isFigure,
               words[end - 1].after.isEmpty, Int(words[end].surface) != nil {
                end += 1
                stop = end
            }
            nameWords = words[start..<stop]
            let name = nameWords.map(\.surface).joined(separator: " ")
            // "in Taipei, Taiwan": a name set off by a comma before a country lies in it.
            // The country stands alone there: "Taipei, Taiwan," not "Prensa Latina, Cuba's agency".
            var countryEnd = stop
            while countryEnd + 1 < words.count, claimed[countryEnd + 1] == claimed[stop], claimed[stop] != nil { countryEnd += 1 }
            let standsAlone = countryEnd < words.count && !words[countryEnd].possessive
                && (countryEnd + 1 == words.count || !words[countryEnd].after.isEmpty)
            if !titled, !isOrganisation, partOf == nil, words[stop - 1].after == ",", stop < words.count, standsAlone,
               let country = claimed[stop], kinds[country] == "country" || results.contains(where: { EntityID.slug($0.name) == country && $0.kind == "country" }) {
                results.append(Found(name: name, kind: "city", alias: nil, partOf: country))
                index = end
                continue
            }
            results.append(Found(name: name, kind: kind, alias: alias, partOf: partOf))
            index = end
        }
        return results
    }

    /// "his counterpart from Norland, Ada Ferro", "the foreign minister of Norland, Ada
    /// Ferro": a title, "from" or "of" and a country set off by a comma before a name make
    /// the name a person of that country.
    private func titledFrom(before index: Int, words: [SentenceWords.Word], claimed: [String?], kinds: [String: String]) -> String? {
        guard index >= 3, let country = claimed[index - 1], kinds[country] == "country", words[index - 1].after == "," else { return nil }
        var start = index - 1
        while start > 0, claimed[start - 1] == country { start -= 1 }
        guard start >= 2, ["from", "of"].contains(words[start - 1].folded), Self.titles.contains(words[start - 2].folded),
              words[start - 1].after.isEmpty, words[start - 2].after.isEmpty
        else { return nil }
        return country
    }

    private func isNameWord(_ word: SentenceWords.Word) -> Bool {
        guard word.capitalised, !word.isFigure, word.surface.count > 1 else { return false }
        return !Self.calendarWords.contains(word.folded)
    }
}

/// Entity ids as the pack writes them: lowercase kebab-case of the folded name.
public enum EntityID {
    public static func slug(_ name: String) -> String {
        TextFolding.words(name).joined(separator: "-")
    }
}
