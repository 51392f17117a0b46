import DossierEngine
@testable import DossierIndex
import DossierKit
import DossierLanguage
import DossierStore
import Foundation
import Testing

/// The image of a store's readings: an index opened from it ranks exactly as one that
/// reads everything in memory; any write to what it was made from drops it; and an image
/// that is damaged, made for other facts or made before a later write is never believed.
struct ReadingImageTests {
    private static let notes = """
        = Harbour letters =

        Orellana reached Quito in 1988 and opened the trade office. The cacao talks followed.

        ==Later==
        Orellana signed the cacao accord in 1991 with Ecuador.
        """

    private static let quito = Entity(id: "quito", name: "Quito", kind: "city", partOf: "ecuador")
    private static let ecuador = Entity(id: "ecuador", name: "Ecuador", kind: "country")
    private static let entities = [quito, ecuador]

    private static let facts = [
        Fact(id: "office-opened", subject: "ecuador", predicate: "diplomacy.open", statement: "Orellana opened a trade office in Quito.",
             keywords: "mission", citations: [Citation(source: "harbour-letters", title: "Harbour letters", section: "Harbour letters", paragraph: 1)]),
        Fact(id: "accord-signed", subject: "ecuador", predicate: "agreement.sign", object: "quito", statement: "The cacao accord was signed.",
             citations: [Citation(source: "harbour-letters", title: "Harbour letters", section: "Later", paragraph: 1)]),
    ]

    /// A store holding the two facts and the letters' sentences, its readings stored.
    private func store() throws -> FactStore {
        let store = try FactStore.inMemory()
        let sources = [Source(id: "harbour-letters", title: "Harbour letters", publisher: "tests", sections: ["Harbour letters", "Later"])]
        try store.installPack(version: 1, contents: StoreContents(sources: sources, entities: Self.entities, facts: Self.facts))
        try ingest(Self.notes, as: "harbour-letters.txt", into: store)
        return store
    }

    private func ingest(_ text: String, as name: String, into store: FactStore) throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent(name).path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            _ = try DocumentIngester(store: store, index: QuestionEngine.index(of: store)).ingest(path: path)
        }
    }

    /// The index of the store as it is now, opened from its image when one holds.
    private func index(_ store: FactStore) throws -> FactIndex {
        try FactIndex.stored(in: store, outline: try store.outline(), entities: Self.entities)
    }

    /// What an index answers to each question: its facts and sentences, with their scores.
    private func rankings(_ index: FactIndex) -> [String] {
        let analyzer = QuestionAnalyzer(entities: Self.entities)
        return ["Who opened a trade office in Quito?", "When did Orellana sign the cacao accord?", "What happened in Ecuador in 1991?"]
            .flatMap { text in
                let question = analyzer.analyze(text)
                return index.relevant(to: question, limit: 10).map {
                    "\($0.fact.id) \($0.score) \($0.missingTerms) \($0.fact.statement) \($0.fact.citations.map(\.quote))"
                }
                    + index.passages(matching: question, limit: 10).map { "\($0.passage.text) \($0.score)" }
            }
    }

    private func inMemory(_ store: FactStore) throws -> [String] {
        let contents = try store.contents()
        return rankings(FactIndex(facts: contents.facts, entities: Self.entities, sources: contents.sources, passages: try store.passages()))
    }

    @Test func anIndexFromTheImageRanksAsOneReadInMemory() throws {
        let store = try store()
        let expected = try inMemory(store)
        #expect(!expected.isEmpty)
        #expect(try rankings(index(store)) == expected)
        #expect(try FactIndex.readingImageIsCurrent(in: store))
        let opened = try index(store)
        #expect(!opened.shelf.isHeld && !opened.passageIndex.passages.isHeld)
        #expect(rankings(opened) == expected)
        #expect(opened.facts == (try store.contents().facts))
        #expect(opened.fact(id: "accord-signed")?.statement == "The cacao accord was signed.")
        #expect(opened.facts(about: "quito").contains { $0.id == "accord-signed" })
        let memory = FactIndex(facts: try store.contents().facts, entities: Self.entities, sources: try store.sources(), passages: try store.passages())
        for (section, paragraph) in [("Later", 1), ("Later", 2), ("Harbour letters", 1), ("Elsewhere", 1)] {
            #expect(opened.holdsParagraph(source: "harbour-letters", section: section, paragraph: paragraph)
                == memory.holdsParagraph(source: "harbour-letters", section: section, paragraph: paragraph))
        }
        #expect(opened.holdsParagraph(source: "harbour-letters", section: "Later", paragraph: 1))
        #expect(opened.factCountsBySource() == memory.factCountsBySource())
        // Only this build's key with these roles reads it.
        #expect(try !FactIndex.readingImageIsCurrent(in: store, roleConcepts: ["goods": ["merchandise"]]))
    }

    @Test func anyWriteToWhatTheImageWasMadeFromDropsIt() throws {
        let store = try store()
        _ = try index(store)
        #expect(try FactIndex.readingImageIsCurrent(in: store))
        let before = Set(try store.contents().sources.map(\.id))
        try ingest("Orellana met the Ecuador envoys in Quito in 1993 about cacao.", as: "envoys.txt", into: store)
        let added = try #require(try store.contents().sources.map(\.id).first { !before.contains($0) })
        #expect(try !FactIndex.readingImageIsCurrent(in: store))
        #expect(try rankings(index(store)) == inMemory(store))
        #expect(try FactIndex.readingImageIsCurrent(in: store))
        // Two documents naming the same people: each entity once, as the first gave it.
        #expect(try store.introducedEntities() == store.documentEntities().map(\.entity))

        _ = try store.forget(source: added)
        #expect(try !FactIndex.readingImageIsCurrent(in: store))
        #expect(try rankings(index(store)) == inMemory(store))
    }

    @Test func aDamagedImageIsReadAgainFromTheStoredReadings() throws {
        let store = try store()
        let expected = try inMemory(store)
        let contents = try store.contents()
        let key = StoredReadings.imageKey(fingerprint: StoredReadings.fingerprint(roleConcepts: [:]))
        try store.save(damaged(key: key, generation: contents.generation, bytes: [0x49, 0x52, 0x58, 0x44, 1, 0, 0, 0, 9], in: store))
        #expect(try FactIndex.readingImageIsCurrent(in: store))
        #expect(try rankings(index(store)) == expected)
        // The damaged image was replaced by a good one.
        let image = try #require(try store.readingImage(key: key))
        let after = try store.contents()
        #expect(InternedReadings(image: image.bytes, factCount: after.facts.count, passages: try store.identifiedPassages().count) != nil)
    }

    @Test func anImageMadeBeforeALaterWriteIsNotKept() throws {
        let store = try store()
        let generation = try store.contents().generation
        try ingest("Orellana left Quito in 1995.", as: "departure.txt", into: store)
        let key = StoredReadings.imageKey(fingerprint: StoredReadings.fingerprint(roleConcepts: [:]))
        try store.save(damaged(key: key, generation: generation, bytes: [1, 2, 3], in: store))
        #expect(try store.readingImage(key: key) == nil)
    }

    @Test func everyTruncationOrWrongCountOfAnImageIsRefused() throws {
        let store = try store()
        _ = try index(store)
        let facts = try store.contents().facts.count
        let passages = try store.identifiedPassages().count
        let key = StoredReadings.imageKey(fingerprint: StoredReadings.fingerprint(roleConcepts: [:]))
        let bytes = try #require(try store.readingImage(key: key)).bytes
        let readings = try #require(InternedReadings(image: bytes, factCount: facts, passages: passages))
        #expect(readings.image == bytes)
        #expect((0..<readings.facts.count).map { readings.facts[$0].terms }.allSatisfy { Array($0) == $0.sorted() })
        for end in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 97)) {
            #expect(InternedReadings(image: Array(bytes[..<end]), factCount: facts, passages: passages) == nil)
        }
        #expect(InternedReadings(image: bytes + [0], factCount: facts, passages: passages) == nil)
        #expect(InternedReadings(image: bytes, factCount: facts - 1, passages: passages) == nil)
        #expect(InternedReadings(image: bytes, factCount: facts, passages: passages + 1) == nil)
    }

    @Test func anIndexOpenedFromTheImageDoesNotAnswerFromAFactReplacedSince() throws {
        let store = try store()
        _ = try index(store)
        let opened = try index(store)
        #expect(!opened.shelf.isHeld)
        // Another process replaces the pack: the same ids, other rows, another subject.
        let sources = try store.contents().sources
        let moved = Self.facts.map { fact in
            Fact(id: fact.id, subject: "quito", predicate: fact.predicate, statement: fact.statement, citations: fact.citations)
        }
        try store.installPack(version: 2, contents: StoreContents(sources: sources, entities: Self.entities, facts: moved))
        #expect(opened.fact(id: "office-opened") == nil)
        let question = QuestionAnalyzer(entities: Self.entities).analyze("Who opened a trade office in Quito?")
        #expect(!opened.relevant(to: question, limit: 10).contains { $0.fact.id == "office-opened" })
        #expect(!opened.facts.contains { $0.id == "office-opened" })
    }

    @Test func anIndexOpenedFromTheImageGivesTheNextSentenceInPlaceOfOneForgottenSince() throws {
        let store = try store()
        try ingest("Orellana signed another cacao accord in 1993.\n", as: "cacao-notes.txt", into: store)
        let question = QuestionAnalyzer(entities: Self.entities).analyze("When did Orellana sign the cacao accord?")
        let best = try #require(try index(store).passages(matching: question, limit: 1).first)
        let opened = try index(store)
        #expect(!opened.passageIndex.passages.isHeld)
        // Another process forgets the best sentence's document before this one reads it:
        // the next best takes its place.
        _ = try store.forget(source: best.passage.source)
        let next = try #require(opened.passages(matching: question, limit: 1).first)
        #expect(next.passage.source != best.passage.source)
        #expect(next.score <= best.score)
    }

    @Test func readingsAreNotMadeFromKeysWhoseUnreadRowIsGone() throws {
        let store = try store()
        _ = try index(store)
        let keys = try store.keys()
        let readings = StoredReadings(
            store: store, reader: TextReader(lexicon: .bundled, matcher: EntityMatcher(entities: Self.entities)), roleConcepts: [:])
        #expect(try readings.profiles(of: keys, chains: [:]) != nil)
        // Another process replaces the pack after the keys were read: its facts are unread,
        // under other rows, and the index is made from what the store holds now instead.
        let sources = try store.contents().sources
        try store.installPack(version: 2, contents: StoreContents(sources: sources, entities: Self.entities, facts: [Self.facts[1]]))
        #expect(try readings.profiles(of: keys, chains: [:]) == nil)
        let reopened = try index(store)
        #expect(reopened.facts.map(\.id).contains("accord-signed") && !reopened.facts.map(\.id).contains("office-opened"))
    }

    /// Changes storing only an image of `bytes`, the readings' state kept as it is.
    private func damaged(key: String, generation: Int, bytes: [UInt8], in store: FactStore) throws -> ReadingChanges {
        var changes = ReadingChanges(state: try store.readingState(), names: nil, replacesAll: false, facts: [:], passages: [:])
        changes.image = ReadingImage(key: key, generation: generation, bytes: bytes)
        return changes
    }
}
