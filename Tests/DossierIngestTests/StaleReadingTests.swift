import DossierEngine
@testable import DossierIndex
import DossierKit
import DossierLanguage
import DossierStore
import Testing

/// A name the store learns makes stale only the readings it could change: those of texts
/// in which its words follow one another, as the entity matcher reads them.
struct StaleReadingTests {
    private static let lima = Entity(id: "lima", name: "Lima", kind: "city")
    private static let citation = Citation(source: "river-notes", title: "River notes", section: "River notes", paragraph: 1)
    private static let facts = [
        Fact(id: "met-apart", subject: "lima", predicate: "diplomacy.meet", statement: "Marta met the envoy Quiroga in Lima.",
             citations: [citation]),
        Fact(id: "named-together", subject: "lima", predicate: "diplomacy.open", statement: "Marta Quiroga opened a consulate in Lima.",
             citations: [citation]),
        Fact(id: "unrelated", subject: "lima", predicate: "trade.export", statement: "Lima exported copper.", citations: [citation]),
    ]

    /// The facts a reader knowing `entities` finds stale in a store read with Lima alone.
    private func stale(knowing entities: [Entity]) throws -> Set<String>? {
        let store = try FactStore.inMemory()
        let source = Source(id: "river-notes", title: "River notes", publisher: "tests", sections: ["River notes"])
        try store.installPack(version: 1, contents: StoreContents(sources: [source], entities: [Self.lima], facts: Self.facts))
        try FactIndex.refreshReadings(in: store, entities: [Self.lima])
        let reader = TextReader(lexicon: .bundled, matcher: EntityMatcher(entities: entities))
        return try StoredReadings(store: store, reader: reader, roleConcepts: [:]).stale(from: store.readingState())?.facts
    }

    @Test func aNewNameMakesStaleOnlyTheTextsWhereItsWordsFollowOneAnother() throws {
        let quiroga = Entity(id: "marta-quiroga", name: "Marta Quiroga", kind: "person")
        #expect(try stale(knowing: [Self.lima, quiroga]) == ["named-together"])
    }

    @Test func theSameNamesMakeNothingStale() throws {
        #expect(try stale(knowing: [Self.lima]) == [])
    }

    @Test func wordsAreComparedAsTheReaderFoldsThem() {
        #expect(StoredReadings.holdsAny([["marta", "quiroga"]], in: "Then MARTA  Quiroga's envoy left."))
        #expect(!StoredReadings.holdsAny([["marta", "quiroga"]], in: "Marta, and later Quiroga, left."))
        #expect(!StoredReadings.holdsAny([[]], in: "Marta Quiroga"))
    }
}
