import DossierIndex
import DossierKit
import Testing

/// The index's lookups by id, by first year and by source give what looking through
/// every fact gives (``FactQuery``'s defaults).
struct IndexLookupTests {
    /// The defaults, for comparison: a view that only lists facts.
    private struct Listing: FactQuery {
        var facts: [Fact]
        var sources: [Source] { [] }
        var entities: [Entity] { [] }
        func entity(_ id: String) -> Entity? { nil }
        func source(_ id: String) -> Source? { nil }
        func facts(about entity: String) -> [Fact] { [] }
        func relevant(to question: Question, limit: Int, where include: (Fact) -> Bool) -> [FactMatch] { [] }
    }

    private static func cite(_ sources: String...) -> [Citation] {
        sources.map { Citation(source: $0, title: $0, section: "Notes", paragraph: 1) }
    }

    private static let facts = [
        Fact(id: "b", subject: "x", predicate: "event", time: TimeValue("1992"), statement: "B.", citations: cite("one")),
        Fact(id: "a", subject: "x", predicate: "event", time: TimeValue("1990..1994"), statement: "A.", citations: cite("one", "two")),
        Fact(id: "c", subject: "x", predicate: "event", statement: "C.", citations: cite("two", "two")),
        Fact(id: "d", subject: "x", predicate: "event", time: TimeValue("..1991"), statement: "D.", citations: cite("three")),
        Fact(id: "e", subject: "x", predicate: "event", time: TimeValue("1990"), statement: "E.", citations: []),
    ]

    @Test(arguments: [1990...1990, 1990...1992, 1993...2000, 1000...1989, (Int.min / 2)...(Int.max / 2)])
    func factsBeginningInYearsAreThoseListedInFactOrder(years: ClosedRange<Int>) {
        let index = FactIndex(facts: Self.facts, entities: [], sources: [])
        #expect(index.facts(beginningIn: years).map(\.id) == Listing(facts: Self.facts).facts(beginningIn: years).map(\.id))
    }

    @Test func factsAreFoundByIdAndCountedBySource() {
        let index = FactIndex(facts: Self.facts, entities: [], sources: [])
        for id in ["a", "c", "e", "missing"] {
            #expect(index.fact(id: id)?.id == Listing(facts: Self.facts).fact(id: id)?.id)
        }
        #expect(index.factCountsBySource() == ["one": 2, "two": 2, "three": 1])
    }
}
