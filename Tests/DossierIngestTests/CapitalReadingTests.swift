import DossierKit
import DossierReading
import Testing

/// A capital acting in a sentence is its country's government at the sentence's date
/// (the gazetteer knows Moscow as the Soviet Union's former capital); a capital one
/// travels to or meets in stays a city.
struct CapitalReadingTests {
    static let entities = [
        Entity(id: "russia", name: "Russia", kind: "country"),
        Entity(id: "soviet-union", name: "Soviet Union", kind: "country", aliases: ["USSR"]),
        Entity(id: "venezuela", name: "Venezuela", kind: "country"),
        Entity(id: "moscow", name: "Moscow", kind: "city", partOf: "russia"),
        Entity(id: "caracas", name: "Caracas", kind: "city", partOf: "venezuela"),
    ]

    static func claim(_ sentence: String, domain: String) -> Fact? {
        let source = Source(id: "capitals", title: "Notes", publisher: "tests")
        let passage = Passage(source: "capitals", title: "Notes", section: "Introduction", paragraph: 1, sentence: 1,
                              start: 0, end: sentence.unicodeScalars.count, text: sentence)
        return ClaimReader(entities: entities).claims(source: source, passages: [passage], reference: nil)
            .first { $0.predicate.hasPrefix(domain + ".") }
    }

    @Test func aCapitalBeforeTheUnionsEndIsTheUnion() throws {
        let claim = try #require(Self.claim("In 1946, Moscow and Caracas established diplomatic relations.", domain: "relations"))
        #expect(Set(claim.allEntities) == ["soviet-union", "venezuela"])
    }

    @Test func aCapitalAfterwardsIsTheCurrentCountry() throws {
        let claim = try #require(Self.claim("In 2006, Moscow and Caracas signed an arms agreement.", domain: "agreement"))
        #expect(claim.allEntities.contains("russia"))
        #expect(!claim.allEntities.contains("soviet-union"))
    }

    @Test func aCapitalOneTravelsToStaysACity() throws {
        let claim = try #require(Self.claim("In 1950, the Venezuelan envoy visited Moscow for talks.", domain: "visit"))
        #expect(claim.allEntities.contains("moscow") || claim.qualifiers["place"] == "Moscow")
        #expect(!claim.allEntities.contains("soviet-union"))
    }
}
