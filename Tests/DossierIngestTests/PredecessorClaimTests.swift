import DossierKit
import DossierReading
import Testing

/// A document about a state tells its predecessor's past as its own: in a text titled
/// "Russia–Norland relations", what the Soviet Union did involves Russia too (the
/// gazetteer's capitals make Russia the Soviet Union's successor). Norland is invented.
struct PredecessorClaimTests {
    static let entities = [
        Entity(id: "russia", name: "Russia", kind: "country", aliases: ["Russian Federation"]),
        Entity(id: "soviet-union", name: "Soviet Union", kind: "country", aliases: ["USSR"]),
        Entity(id: "norland", name: "Norland", kind: "country", aliases: ["Norlandic"]),
    ]

    static let sentence = "The Soviet Union established diplomatic relations with Norland in 1950."

    @Test func theTitlesStateJoinsItsPredecessorsClaim() throws {
        let claims = SentenceClaims.read([Self.sentence], entities: Self.entities, source: "pair", title: "Russia–Norland relations")
        let claim = try #require(SentenceClaims.first("relations", in: claims, paragraph: 1))
        #expect(claim.subject == "soviet-union")
        #expect(claim.allEntities.contains("russia"))
    }

    @Test func anotherTitleAddsNoState() throws {
        let claims = SentenceClaims.read([Self.sentence], entities: Self.entities, source: "other", title: "Norland and its neighbours")
        let claim = try #require(SentenceClaims.first("relations", in: claims, paragraph: 1))
        #expect(!claim.allEntities.contains("russia"))
    }
}
