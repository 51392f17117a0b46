import DossierKit
import Foundation
import Testing

/// Facts share their fields between copies and domain filters keep their hash: both must
/// still behave as plain values.
struct ValueSemanticsTests {
    private let fact = Fact(
        id: "f1", subject: "norland", predicate: "embassy.opened", object: "esteria", entities: ["port-aster"],
        qualifiers: ["place": "Port Aster"], time: nil, statement: "Norland opened an embassy in Port Aster.",
        keywords: "mission", citations: [])

    @Test func changingACopyOfAFactLeavesTheOriginal() {
        var copy = fact
        copy.statement = "Norland closed it."
        copy.entities.append("esteria-city")
        #expect(fact.statement == "Norland opened an embassy in Port Aster.")
        #expect(fact.entities == ["port-aster"])
        #expect(copy.entities == ["port-aster", "esteria-city"])
        #expect(copy != fact)
        copy.statement = fact.statement
        copy.entities = fact.entities
        #expect(copy == fact)
        #expect(Set([copy, fact]).count == 1)
    }

    @Test func aFactEncodesItsFieldsUnderTheirNames() throws {
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(fact)) as? [String: Any]
        #expect(Set(json?.keys.map { $0 } ?? []) == ["id", "subject", "predicate", "object", "entities", "qualifiers", "statement", "keywords", "citations"])
        #expect(try JSONDecoder().decode(Fact.self, from: JSONEncoder().encode(fact)) == fact)
    }

    @Test func aChangedDomainFilterHashesAsAFreshOne() {
        var filter = DomainFilter(["trade"])
        filter.domains.insert("visit")
        #expect(filter == DomainFilter(["visit", "trade"]))
        #expect(filter.hashValue == DomainFilter(["visit", "trade"]).hashValue)
        filter.excluding = true
        #expect(filter != DomainFilter(["visit", "trade"]))
        #expect(filter == DomainFilter(["trade", "visit"], excluding: true))
        #expect([filter: 1][DomainFilter(["trade", "visit"], excluding: true)] == 1)
    }
}
