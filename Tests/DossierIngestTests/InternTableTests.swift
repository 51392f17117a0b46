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
        #expect(ids.sortedOffset(of: 1) == 1)
        #expect([Int32]().sortedOffset(of: 0) == nil)
        // In a slice of a longer list, the offset is from the slice's start.
        #expect([Int32]([4, 7, 9, 12])[1...].sortedOffset(of: 9) == 1)
        #expect(![Int32]([4, 7, 9, 12])[1...].sortedContains(4))
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

    @Test func storedReadingInternsAsTheParsedProfileDoes() throws {
        // A term both stated and listed as a keyword counts as stated; repeats count once.
        let stored = "visit\tguatemala\tvisit\nexport\tvisit\nguatemala-city\tgiammattei\nvisit"
        let fact = Fact(
            id: "f1", subject: "giammattei", predicate: "visit", object: "guatemala-city", statement: "Visit.", citations: [])
        let chains = ["guatemala-city": ["guatemala"]]
        var parsedTable = InternTable(), storedTable = InternTable()
        var profile = try #require(FactProfile(stored: stored))
        profile.ancestors = Set(profile.entities.flatMap { chains[$0] ?? [] })
        let parsed = InternedProfile(profile: profile, fact: fact, table: &parsedTable)
        let direct = try #require(InternedProfile(stored: stored, subject: fact.subject, object: fact.object, chains: chains, table: &storedTable))
        func named(_ ids: IDSlice, _ table: InternTable) -> [String] { ids.map { table.names[Int($0)] }.sorted() }
        func strengths(_ profile: InternedProfile, _ table: InternTable) -> [String: Double] {
            Dictionary(uniqueKeysWithValues: zip(profile.terms.map { table.names[Int($0)] }, profile.strengths))
        }
        #expect(strengths(direct, storedTable) == strengths(parsed, parsedTable))
        #expect(strengths(direct, storedTable) == ["visit": 1, "guatemala": 1, "export": FactProfile.keywordStrength])
        #expect(named(direct.entities, storedTable) == named(parsed.entities, parsedTable))
        #expect(named(direct.ancestors, storedTable) == ["guatemala"])
        #expect(named(direct.predicateTerms, storedTable) == ["visit"])
        #expect(Array(direct.terms) == direct.terms.sorted() && Set(direct.terms).count == direct.terms.count)
        #expect(InternedProfile(stored: "visit\nexport", subject: fact.subject, object: fact.object, chains: chains, table: &storedTable) == nil)
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
