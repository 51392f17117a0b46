import DossierEngine
import DossierIndex
import DossierKit
import DossierLanguage
import DossierStore
import Foundation
import Testing

/// The store's word counts, kept with its readings: the vocabulary an index of a store
/// sums from them holds every word with the count a reading of every text gives, after
/// ingest, forget and a pack change, and a store opened only for reading still mends.
struct StoredVocabularyTests {
    private static let letters = """
        = Harbour letters =

        Ventura reached Lima in 1990 and opened the consulate. The consulate opened its archive.

        ==Later==
        Ventura signed the fishing accord in 1992, and the accord held.
        """

    private static let lima = Entity(id: "lima", name: "Lima", kind: "city", partOf: "peru")
    private static let peru = Entity(id: "peru", name: "Peru", kind: "country", aliases: ["Republic of Peru"])

    private static func facts(_ statements: [String]) -> [Fact] {
        statements.enumerated().map { index, statement in
            Fact(id: "fact-\(index)", subject: "peru", predicate: "diplomacy.open", statement: statement,
                 citations: [Citation(source: "pack-notes", title: "Pack notes", section: "Notes", paragraph: index + 1)])
        }
    }

    private static let packSources = [Source(id: "pack-notes", title: "Pack notes", publisher: "tests", sections: ["Notes"])]

    private func install(_ statements: [String], version: Int, in store: FactStore) throws {
        try store.installPack(version: version, contents: StoreContents(
            sources: Self.packSources, entities: [Self.lima, Self.peru], facts: Self.facts(statements)))
    }

    /// Ingests the letters into the store; returns the source id they were stored under.
    private func ingestLetters(into store: FactStore) throws -> String {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("harbour-letters.txt").path
            try Self.letters.write(toFile: path, atomically: true, encoding: .utf8)
            _ = try DocumentIngester(store: store, index: QuestionEngine.index(of: store)).ingest(path: path)
        }
        return try #require(store.passages().first?.source)
    }

    /// The vocabulary read from every text the store holds, as an index in memory makes it.
    private func readFromTexts(_ store: FactStore) throws -> Vocabulary {
        let contents = try store.contents()
        return FactIndex(
            facts: contents.facts, entities: try QuestionEngine.index(of: store).entities, sources: contents.sources,
            passages: try store.passages()
        ).vocabulary()
    }

    private func expectSame(_ vocabulary: Vocabulary, _ expected: Vocabulary) {
        #expect(Set(vocabulary.words) == Set(expected.words))
        for word in expected.words { #expect(vocabulary.occurrences(of: word) == expected.occurrences(of: word), "\(word)") }
    }

    @Test func countsKeptWithReadingsSumToTheTextsCounts() throws {
        let store = try FactStore.inMemory()
        try install(["Peru opened a consulate in Lima.", "The consulate in Lima closed."], version: 1, in: store)
        _ = try ingestLetters(into: store)
        let index = try QuestionEngine.index(of: store)

        #expect(try store.storedWordCounts() != nil)
        let expected = try readFromTexts(store)
        #expect(expected.occurrences(of: "consulate") >= 4)
        expectSame(index.vocabulary(), expected)
        #expect(index.vocabulary().closest(to: "consulte") == "consulate")
    }

    @Test func forgettingADocumentTakesItsWordsOut() throws {
        let store = try FactStore.inMemory()
        try install(["Peru opened a consulate in Lima."], version: 1, in: store)
        let source = try ingestLetters(into: store)
        _ = try QuestionEngine.index(of: store)
        _ = try store.forget(source: source)

        let stored = try #require(try store.storedWordCounts())
        #expect(stored.counts["fishing"] == nil && stored.counts["consulate"] == 1)
        expectSame(try QuestionEngine.index(of: store).vocabulary(), try readFromTexts(store))
    }

    @Test func aNewPackIsCountedOnceRead() throws {
        let store = try FactStore.inMemory()
        try install(["Peru opened a consulate in Lima."], version: 1, in: store)
        _ = try ingestLetters(into: store)
        _ = try QuestionEngine.index(of: store)
        try install(["Peru signed a treaty in Lima.", "The treaty was signed twice."], version: 2, in: store)

        #expect(try store.storedWordCounts() == nil)  // the new facts are not read yet
        let index = try QuestionEngine.index(of: store)
        let stored = try #require(try store.storedWordCounts())
        #expect(stored.counts["treaty"] == 2)
        expectSame(index.vocabulary(), try readFromTexts(store))
    }

    @Test func textsReadAgainAreCountedOnce() throws {
        let store = try FactStore.inMemory()
        try install(["Ventura opened a consulate in Lima."], version: 1, in: store)
        _ = try ingestLetters(into: store)
        _ = try QuestionEngine.index(of: store)
        let before = try #require(try store.storedWordCounts())
        // A name learnt later makes the texts holding "Ventura" stale: they are read again.
        let ventura = Entity(id: "ventura", name: "Ventura", kind: "person")
        try FactIndex.refreshReadings(in: store, entities: [Self.lima, Self.peru, ventura])

        #expect(try store.storedWordCounts() == before)
    }

    @Test func aStoreOpenedForReadingMendsFromItsTexts() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("store.sqlite").path
            do {
                let store = try FactStore(path: path)
                try install(["Peru opened a consulate in Lima."], version: 1, in: store)
            }
            // Never indexed: no reading, so no counts; the texts are read in memory.
            let reading = try FactStore(path: path, readingOnly: true)
            let vocabulary = try QuestionEngine.index(of: reading).vocabulary()
            expectSame(vocabulary, try readFromTexts(reading))
            #expect(vocabulary.closest(to: "consulte") == "consulate")
        }
    }
}
