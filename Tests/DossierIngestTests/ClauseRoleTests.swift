import DossierKit
import DossierReading
import Testing

/// Roles a clause gives besides agent and object: the goods a trade verb moves, the people
/// acting with the agent, and a plan or expectation kept apart from what was done.
/// Invented countries, people and goods.
struct ClauseRoleTests {
    static let entities = [
        Entity(id: "estavia", name: "Estavia", kind: "country", aliases: ["Estavian"]),
        Entity(id: "norland", name: "Norland", kind: "country", aliases: ["Norlandic"]),
        Entity(id: "ivo-brandt", name: "Ivo Brandt", kind: "person", aliases: ["Brandt"]),
        Entity(id: "lena-korvath", name: "Lena Korvath", kind: "person", aliases: ["Korvath"]),
    ]

    static func claims(_ sentences: [String]) -> [Fact] {
        SentenceClaims.read(sentences, entities: entities, source: "roles", title: "Harbour news")
    }

    static func claim(_ predicate: String, in claims: [Fact], paragraph: Int) -> Fact? {
        claims.first { $0.predicate == predicate && $0.citations.first?.paragraph == paragraph }
    }

    @Test func goodsFollowTheTradeVerbEachWay() throws {
        let claims = Self.claims([
            "Norland exports salt to Estavia while importing timber and copper.",
            "Estavia continues to sell wool, dried fish and tin to Norland.",
            "Norland bought more than $2 billion worth of tractors from Estavia.",
            "Estavia exports to Norland rose.",
        ])
        #expect(try #require(Self.claim("trade.export", in: claims, paragraph: 1)).qualifiers["goods"] == "salt")
        #expect(try #require(Self.claim("trade.import", in: claims, paragraph: 1)).qualifiers["goods"] == "timber and copper")
        #expect(try #require(Self.claim("trade.export", in: claims, paragraph: 2)).qualifiers["goods"] == "wool, dried fish and tin")
        #expect(try #require(Self.claim("trade.import", in: claims, paragraph: 3)).qualifiers["goods"] == "tractors")
        #expect(try #require(Self.claim("trade.export", in: claims, paragraph: 4)).qualifiers["goods"] == nil)
    }

    @Test func peopleJoinedToTheAgentAreItsCompanions() throws {
        let claims = Self.claims([
            "The envoy of Norland, Ivo Brandt, and the head of the port board, Lena Korvath, visited Estavia.",
            "Lena Korvath met Ivo Brandt in Estavia.",
        ])
        let visit = try #require(Self.claim("visit.arrival", in: claims, paragraph: 1))
        #expect(visit.subject == "lena-korvath")
        #expect(visit.qualifiers["companions"] == "Ivo Brandt")
        #expect(try #require(Self.claim("meeting.held", in: claims, paragraph: 2)).qualifiers["companions"] == nil)
    }

    @Test func aGroupReferenceKeepsEveryMember() throws {
        let claims = Self.claims([
            "Ivo Brandt and Lena Korvath arrived in Norland.",
            "These officials will sign a treaty with Norland.",
        ])
        let signing = try #require(Self.claim("agreement.signed", in: claims, paragraph: 2))
        // The agent is one member, its companions the other.
        #expect(signing.subject == "lena-korvath")
        #expect(signing.qualifiers["companions"] == "Ivo Brandt")
    }

    @Test func aPlanIsKeptWithItsModalityAndNoBorrowedDate() throws {
        let claims = Self.claims([
            "Lena Korvath visited Norland on 3 May 2020.",
            "Korvath will visit Estavia.",
            "Korvath's visit to the capital is expected to include talks with the port board.",
            "Korvath then visited the Estavian port.",
        ])
        let plan = try #require(Self.claim("visit.arrival", in: claims, paragraph: 2))
        #expect(plan.qualifiers["modality"] == "expected")
        #expect(plan.time == nil)
        #expect(try #require(Self.claim("visit.arrival", in: claims, paragraph: 3)).qualifiers["modality"] == "expected")
        let done = try #require(Self.claim("visit.arrival", in: claims, paragraph: 4))
        #expect(done.qualifiers["modality"] == nil)
        #expect(done.time != nil)
    }
}
