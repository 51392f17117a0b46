import DossierKit
import DossierReading
import Testing

/// A country in a person's title says whose the person is: "his counterpart from Norland,
/// Ada Ferro" is Norland's, and a sentence naming a country only in a title ("former
/// Norland Prime Minister Ada Ferro") is still about the document's subject, and "met with
/// Norlandic Foreign Minister Ada Ferro" has her, not Norland, as counterpart. Invented
/// countries and people.
struct TitleCountryTests {
    static let entities = [
        Entity(id: "estavia", name: "Estavia", kind: "country", aliases: ["Estavian", "Estavians"]),
        Entity(id: "norland", name: "Norland", kind: "country", aliases: ["Norlandic"]),
        Entity(id: "ada-ferro", name: "Ada Ferro", kind: "person", aliases: ["Ferro"]),
    ]

    static func passage(_ text: String) -> Passage {
        Passage(source: "titles", title: "Titles", section: "Introduction", paragraph: 1, sentence: 1,
                start: 0, end: text.unicodeScalars.count, text: text)
    }

    @Test(arguments: [
        "The envoy of Estavia met his counterpart from Norland, Ada Ferro, at the port.",
        "Talks were held with the foreign minister of Norland, Ada Ferro, in the spring.",
    ])
    func aTitleFromACountryMakesThePersonItsOwn(sentence: String) throws {
        let known = Self.entities.filter { $0.kind == "country" }
        let found = NameFinder().entities(in: [Self.passage(sentence)], known: known)
        let person = try #require(found.first { $0.entity.name == "Ada Ferro" })
        #expect(person.entity.kind == "person")
        #expect(person.entity.partOf == "norland")
    }

    @Test func aCountryInATitleLeavesTheSentenceToTheSubject() throws {
        let claims = SentenceClaims.read(
            ["A statement by former Norland Prime Minister Ada Ferro described the vote as fair.",
             "Norland described the vote as fair."],
            entities: Self.entities, source: "titles", title: "Estavians vote on the harbour treaty")
        let titled = try #require(SentenceClaims.first("statement", in: claims, paragraph: 1))
        #expect(titled.allEntities.contains("estavia"))
        let named = try #require(SentenceClaims.first("statement", in: claims, paragraph: 2))
        #expect(!named.allEntities.contains("estavia"))
    }

    @Test func aCounterpartOrObjectIsThePersonNotTheCountryOfTheirTitle() throws {
        let claims = SentenceClaims.read(
            ["The Estavian envoy met with Norlandic Foreign Minister Ada Ferro in the spring."],
            entities: Self.entities, source: "titles", title: "Harbour talks")
        let met = try #require(SentenceClaims.first("meeting", in: claims, paragraph: 1))
        #expect(met.qualifiers["counterpart"] == "Ada Ferro", "\(met.qualifiers)")
        let object = try #require(SentenceClaims.first("meeting", in: SentenceClaims.read(
            ["The Estavian envoy met Norlandic Foreign Minister Ada Ferro in the spring."],
            entities: Self.entities, source: "titles", title: "Harbour talks"), paragraph: 1))
        #expect(object.object == "ada-ferro", "\(String(describing: object.object))")
    }
}
