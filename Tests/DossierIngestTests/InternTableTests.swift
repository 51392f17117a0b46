@testable import DossierIndex
import DossierKit
import Testing

/// The interning table gives each string one dense id, and the interned forms of profiles
/// and entity relations answer as the string forms they stand for.
struct InternTableTests {
    @Test func sameStringSameIDDense() {
        var table = InternTable()
        let a = table.intern("visit"), b = table.intern("trade"), again = table.intern("visit")
        #expect(a == 0 && b == 1 && again == a)
        #expect(table.count == 2)
        #expect(table.names == ["visit", "trade"])
        #expect(table.id(of: "trade") == b)
        #expect(table.id(of: "absent") == nil)
    }

    @Test func sortedIDsAreAscendingWithoutRepeats() {
        var table = InternTable()
        table.intern("z")
        let ids = table.sortedIDs(["b", "z", "a", "b"])
        #expect(ids == [0, 1, 2])
        #expect(ids.sortedContains(2) && !ids.sortedContains(3))
        #expect(ids.sortedIndex(of: 1) == 1)
        #expect([Int32]().sortedIndex(of: 0) == nil)
    }

    @Test func internedProfileKeepsStrengths() throws {
        let profile = try #require(FactProfile(stored: "visit\tguatemala\nexport\nguatemala\tgiammattei\nvisit"))
        let fact = Fact(
            id: "f1", subject: "giammattei", predicate: "visit", object: "guatemala", statement: "Visit.", citations: [])
        var table = InternTable()
        let interned = InternedProfile(profile: profile, fact: fact, table: &table)
        #expect(interned.strength(of: try #require(table.id(of: "visit"))) == 1)
        #expect(interned.strength(of: try #require(table.id(of: "export"))) == FactProfile.keywordStrength)
        #expect(interned.entities.map { table.names[Int($0)] }.sorted() == ["giammattei", "guatemala"])
        #expect(interned.predicateTerms.map { table.names[Int($0)] } == ["visit"])
        #expect(table.names[Int(interned.subject)] == "giammattei")
        #expect(interned.object.map { table.names[Int($0)] } == "guatemala")
    }

    @Test func entityGraphAnswersByID() throws {
        var table = InternTable()
        let graph = EntityGraph(
            parents: ["palace": ["city", "country"], "city": ["country"]], personParents: ["president": "country"],
            people: ["president"], table: &table)
        let palace = try #require(table.id(of: "palace")), city = try #require(table.id(of: "city"))
        let country = try #require(table.id(of: "country")), president = try #require(table.id(of: "president"))
        #expect(graph.parents(of: palace) == [city, country])
        #expect(Set(graph.children(of: country)) == [city, palace])
        #expect(graph.children(of: palace).isEmpty)
        #expect(graph.personParent(of: president) == country)
        #expect(graph.personParent(of: city) == nil)
        #expect(graph.isPerson(president) && !graph.isPerson(city))
        #expect(graph.parents(of: Int32(table.count + 5)).isEmpty && !graph.isPerson(Int32(table.count)))
    }
}
