import DossierKit
import DossierLanguage

extension PassageIndex {
    /// A sentence as read: its terms, entities and years, each ascending without repeats
    /// (the order the store keeps them in, so a stored profile is used as it is parsed).
    struct Profile: Sendable {
        var terms: [String]
        var entities: [String]
        var years: [String]

        /// The sentence's profile, and the folded words it was read from.
        init(passage: Passage, reader: TextReader) {
            let reading = reader.read(passage.text)
            self.init(
                terms: Set(reading.terms.map(\.term)).sorted(), entities: Set(reading.entities.map(\.entity)).sorted(),
                years: Set(reading.tokens.map(\.folded).filter(TextReader.isYear)).sorted())
            words = Set(reading.tokens.map(\.folded))
            wordCounts = Vocabulary.wordCounts(ofFolded: reading.tokens.lazy.map(\.folded))
        }

        private init(terms: [String], entities: [String], years: [String]) {
            self.terms = terms
            self.entities = entities
            self.years = years
        }

        /// The folded words read (``init(passage:reader:)`` only): stored beside the
        /// profile, not kept in the index.
        var words: Set<String> = []
        /// How often each word of the sentence's text occurs in it (``init(passage:reader:)``
        /// only): stored beside the profile for the store's vocabulary.
        var wordCounts: [String: Int] = [:]

        /// The profile as the store keeps it: lines of tab-separated terms, entities, years.
        var stored: String {
            StoredFields.text([terms, entities, years])
        }

        /// A profile from ``stored``; nil when the text is not one.
        init?(stored: String) {
            let lines = StoredFields.lines(stored)
            guard lines.count == 3 else { return nil }
            self.init(terms: lines[0], entities: lines[1], years: lines[2])
        }
    }
}

extension PassageIndex {
    /// Sentences' profiles with their terms, entities and years interned, each in its own
    /// table (ids in the order first met), in the sentences' order, column by column: what
    /// the index is built from.
    struct Readings: Sendable {
        var terms = InternTable()
        var entities = InternTable()
        var years = InternTable()
        /// Each sentence's term, entity and year ids, by position.
        var sentenceTerms = IDLists()
        var sentenceEntities = IDLists()
        var sentenceYears = IDLists()
        /// Each sentence's place among all sorted by source, then start.
        var orderRanks = Column<Int32>()
        /// Term id (of `terms`) and entity id (of `entities`) to the sentences carrying it.
        var termPostings = IDPostings(IDLists(), idCount: 0)
        var entityPostings = IDPostings(IDLists(), idCount: 0)

        init() {}

        init(
            terms: InternTable, entities: InternTable, years: InternTable, sentenceTerms: IDLists, sentenceEntities: IDLists,
            sentenceYears: IDLists, orderRanks: Column<Int32>, termPostings: IDPostings, entityPostings: IDPostings
        ) {
            self.terms = terms
            self.entities = entities
            self.years = years
            self.sentenceTerms = sentenceTerms
            self.sentenceEntities = sentenceEntities
            self.sentenceYears = sentenceYears
            self.orderRanks = orderRanks
            self.termPostings = termPostings
            self.entityPostings = entityPostings
        }

        /// The profiles of `passages` interned, in their order.
        init(_ profiles: [Profile], of passages: [Passage]) {
            self.init(profiles, order: passages.map { ($0.source, $0.start) })
        }

        /// The profiles of sentences at these places (source, start), interned in their order.
        init(_ profiles: [Profile], order places: [(source: String, start: Int)]) {
            var termLists = IDLists.Builder(), entityLists = IDLists.Builder(), yearLists = IDLists.Builder()
            for profile in profiles {
                termLists.append(terms.sortedIDs(profile.terms))
                entityLists.append(entities.sortedIDs(profile.entities))
                yearLists.append(years.sortedIDs(profile.years))
            }
            sentenceTerms = termLists.lists
            sentenceEntities = entityLists.lists
            sentenceYears = yearLists.lists
            var ranks = [Int32](repeating: 0, count: places.count)
            let order = places.indices.sorted { a, b in (places[a].source, places[a].start, a) < (places[b].source, places[b].start, b) }
            for (rank, position) in order.enumerated() { ranks[position] = Int32(rank) }
            orderRanks = Column(ranks)
            termPostings = IDPostings(sentenceTerms, idCount: terms.count)
            entityPostings = IDPostings(sentenceEntities, idCount: entities.count)
        }

        /// How many sentences the readings hold.
        var count: Int { sentenceTerms.count }
    }
}
