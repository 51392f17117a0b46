import DossierKit
import DossierStore
import Testing

/// Word counts saved with readings are summed by the store and taken out with them.
struct WordCountTests {
    private static let source = Source(id: "notes", title: "Notes", publisher: "tests", sections: ["Notes"])

    private func fact(_ id: String) -> Fact {
        Fact(id: id, subject: "harbour", predicate: "port.open", statement: "The harbour opened.",
             citations: [Citation(source: "notes", title: "Notes", section: "Notes", paragraph: 1)])
    }

    private func save(_ counts: [String: [String: Int]], in store: FactStore) throws {
        try store.save(ReadingChanges(
            state: ReadingState(fingerprint: "test", namesDigest: "test"), names: [:], replacesAll: false,
            facts: counts.mapValues { StoredReading(reading: "r", words: "w", wordCounts: $0) }, passages: [:]))
    }

    @Test func countsAreSummedAndTakenOutWithTheirReadings() throws {
        let store = try FactStore.inMemory()
        try store.installPack(version: 1, contents: StoreContents(sources: [Self.source], entities: [], facts: [fact("a"), fact("b")]))
        #expect(try store.storedWordCounts() == nil)  // no fact read yet

        try save(["a": ["harbour": 2, "quo\"te": 1, "back\\slash": 1, "tab\tword": 1], "b": ["harbour": 1]], in: store)
        #expect(try store.storedWordCounts()?.counts == ["harbour": 3, "quo\"te": 1, "back\\slash": 1, "tab\tword": 1])

        try save(["b": ["harbour": 1, "opened": 1], "gone": ["ghost": 5]], in: store)  // b read again; no fact "gone"
        #expect(try store.storedWordCounts()?.counts == ["harbour": 3, "opened": 1, "quo\"te": 1, "back\\slash": 1, "tab\tword": 1])

        // A new pack replaces the facts, and their readings and counts go with them.
        try store.installPack(version: 2, contents: StoreContents(sources: [Self.source], entities: [], facts: [fact("b")]))
        #expect(try store.storedWordCounts() == nil)
        try save(["b": ["harbour": 1]], in: store)
        #expect(try store.storedWordCounts()?.counts == ["harbour": 1])
    }

    @Test func aReadingWithoutCountsLeavesTheCountsIncompleteUntilReadAgain() throws {
        let store = try FactStore.inMemory()
        try store.installPack(version: 1, contents: StoreContents(sources: [Self.source], entities: [], facts: [fact("a"), fact("b")]))
        try store.save(ReadingChanges(
            state: ReadingState(fingerprint: "test", namesDigest: "test"), names: [:], replacesAll: false,
            facts: ["a": StoredReading(reading: "r", words: "w", wordCounts: ["harbour": 1]), "b": StoredReading(reading: "r", words: "w")],
            passages: [:]))
        #expect(try store.storedWordCounts() == nil)  // every fact read, but b's words not counted

        try save(["b": ["harbour": 1]], in: store)
        let counts = try #require(try store.storedWordCounts())
        #expect(counts.counts == ["harbour": 2])
        #expect(counts.facts == 2 && counts.passages == 0)
    }

    @Test func aReadingReadAgainFromTheSameTextKeepsItsCountsAndIsReplaced() throws {
        let store = try FactStore.inMemory()
        try store.installPack(version: 1, contents: StoreContents(sources: [Self.source], entities: [], facts: [fact("a"), fact("b")]))
        let state = ReadingState(fingerprint: "test", namesDigest: "test")
        func save(_ id: String, reading: String, counts: [String: Int]) throws {
            try store.save(ReadingChanges(
                state: state, names: [:], replacesAll: false,
                facts: [id: StoredReading(reading: reading, words: "w", wordCounts: counts)], passages: [:]))
        }
        try save("a", reading: "first", counts: ["harbour": 1, "opened": 1])
        try save("b", reading: "first", counts: ["harbour": 1])
        // Read again from the same text: the same counts, a new reading.
        try save("a", reading: "second", counts: ["opened": 1, "harbour": 1])
        #expect(try store.factReadings()["a"] == "second")
        #expect(try store.storedWordCounts()?.counts == ["harbour": 2, "opened": 1])
        // Other counts (the text changed): the old ones go, the new ones come.
        try save("a", reading: "third", counts: ["harbour": 3])
        #expect(try store.factReadings()["a"] == "third")
        #expect(try store.storedWordCounts()?.counts == ["harbour": 4])
    }
}
