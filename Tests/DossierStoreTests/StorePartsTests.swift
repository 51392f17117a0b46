import DossierKit
import DossierStore
import Testing

/// The reads of a part of the store agree with what ``FactStore/contents()`` holds.
struct StorePartsTests {
    static let sources = [
        Source(id: "almanac", title: "Almanac of Vell", publisher: "Tests"),
        Source(id: "ledger", title: "Harbour ledger", publisher: "Tests"),
    ]

    static func cite(_ source: String, paragraph: Int = 1) -> Citation {
        Citation(source: source, title: source, section: "Notes", paragraph: paragraph)
    }

    static let facts = [
        Fact(id: "vell-port", subject: "vell", predicate: "event", statement: "Vell opened its port.",
             citations: [cite("almanac"), cite("almanac", paragraph: 2)]),
        Fact(id: "vell-tolls", subject: "vell", predicate: "event", statement: "Vell lowered its tolls.",
             citations: [cite("ledger"), cite("almanac", paragraph: 3)]),
        Fact(id: "vell-fleet", subject: "vell", predicate: "event", statement: "Vell sold its fleet.", citations: [cite("ledger")]),
    ]

    static func store() throws -> FactStore {
        let store = try FactStore.inMemory()
        try store.installPack(version: 1, contents: StoreContents(sources: sources, entities: [], facts: facts))
        return store
    }

    @Test func sourcesAreThoseOfTheContents() throws {
        let store = try Self.store()
        #expect(try store.sources() == store.contents().sources)
    }

    @Test func aFactCitingASourceTwiceCountsOnce() throws {
        #expect(try Self.store().factCountsBySource() == ["almanac": 2, "ledger": 2])
    }

    @Test func theFactsCitingASourceComeInTheirOrderWithEveryCitation() throws {
        let store = try Self.store()
        #expect(try store.facts(citing: "ledger") == [Self.facts[1], Self.facts[2]])
        #expect(try store.facts(citing: "almanac").map(\.id) == ["vell-port", "vell-tolls"])
        #expect(try store.facts(citing: "nowhere").isEmpty)
    }

    @Test func thePackFactsAreTheInstalledOnes() throws {
        #expect(try Self.store().packFacts() == Self.facts)
    }
}
