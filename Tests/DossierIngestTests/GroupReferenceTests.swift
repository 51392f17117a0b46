import DossierKit
import DossierReading
import Testing

/// References to groups and passive agents: "the two countries" are the last two named,
/// "these officials" the people the last sentence naming anyone named, "signed by X" has X
/// as its agent, and so does "spent by X", an irregular participle. Invented countries and people.
struct GroupReferenceTests {
    static let entities = [
        Entity(id: "estavia", name: "Estavia", kind: "country"),
        Entity(id: "norland", name: "Norland", kind: "country"),
        Entity(id: "tarland", name: "Tarland", kind: "country"),
        Entity(id: "ivo-brandt", name: "Ivo Brandt", kind: "person", aliases: ["Brandt"]),
        Entity(id: "lena-korvath", name: "Lena Korvath", kind: "person", aliases: ["Korvath"]),
    ]

    static func claims(_ sentences: [String]) -> [Fact] {
        SentenceClaims.read(sentences, entities: entities, source: "groups", title: "Harbour news")
    }

    static func claim(_ domain: String, in claims: [Fact], paragraph: Int) -> Fact? {
        SentenceClaims.first(domain, in: claims, paragraph: paragraph)
    }

    @Test func theTwoCountriesAreTheLastTwoNamed() throws {
        let claims = Self.claims([
            "Tarland watched as Estavia courted Norland.",
            "In 2019 the two countries established diplomatic relations.",
        ])
        let claim = try #require(Self.claim("relations", in: claims, paragraph: 2))
        #expect(Set(claim.allEntities).isSuperset(of: ["estavia", "norland"]))
        #expect(!claim.allEntities.contains("tarland"))
    }

    @Test func theseOfficialsAreThePeopleLastNamed() throws {
        let claims = Self.claims([
            "Estavia sent Ivo Brandt and Lena Korvath to Norland.",
            "These officials will sign a trade agreement in the capital.",
        ])
        let claim = try #require(Self.claim("agreement", in: claims, paragraph: 2))
        #expect(Set(claim.allEntities).isSuperset(of: ["ivo-brandt", "lena-korvath"]))
    }

    @Test(arguments: [
        ("Forty million dollars will be spent by Norland on new ports in Estavia.", "investment", "norland"),
        ("The rifles were sold by Tarland to Estavia.", "trade", "tarland"),
    ])
    func anIrregularParticiplesAgentFollowsBy(sentence: String, domain: String, agent: String) throws {
        let claim = try #require(Self.claim(domain, in: Self.claims([sentence]), paragraph: 1))
        #expect(claim.subject == agent)
    }

    @Test func aPassiveVerbsAgentFollowsBy() throws {
        let claims = Self.claims(["The accord, signed on May 2 by Ivo Brandt in Norland, ends the dispute."])
        #expect(Self.claim("agreement", in: claims, paragraph: 1)?.subject == "ivo-brandt")
    }
}
