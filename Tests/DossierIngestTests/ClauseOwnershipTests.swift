import DossierKit
import Testing

/// A claim's roles and terms are those of its own clause: a sentence with two verbs gives
/// each its own counterpart and amounts, and leaves the other's verb out of the words it
/// is found by;
/// "the two leaders" are the pair just named; a count keeps its noun and a sum its
/// currency; a region's adjective in "the Austral country" describes the country, never
/// names it. Invented countries, people and region.
struct ClauseOwnershipTests {
    static let entities = [
        Entity(id: "estavia", name: "Estavia", kind: "country"),
        Entity(id: "norland", name: "Norland", kind: "country"),
        Entity(id: "tarland", name: "Tarland", kind: "country"),
        Entity(id: "pellor", name: "Pellor", kind: "city", partOf: "tarland"),
        Entity(id: "austral-region", name: "Austral Region", kind: "place", aliases: ["Austral"]),
        Entity(id: "ivo-brandt", name: "Ivo Brandt", kind: "person", aliases: ["Brandt"]),
        Entity(id: "lena-korvath", name: "Lena Korvath", kind: "person", aliases: ["Korvath"]),
    ]

    static func claims(_ sentences: [String]) -> [Fact] {
        SentenceClaims.read(sentences, entities: entities, source: "clauses", title: "Harbour news")
    }

    static let twoEvents = "Estavia formally opened its embassy in Pellor on Sunday, two months after the Austral country cut its ties with Norland."

    @Test func eachVerbOwnsItsClause() throws {
        let claims = Self.claims([Self.twoEvents])
        let opened = try #require(claims.first { $0.predicate == "embassy.opened" })
        let severed = try #require(claims.first { $0.predicate == "relations.severed" })
        #expect(opened.qualifiers["counterpart"] == nil, "\(opened.qualifiers)")
        #expect(!opened.allEntities.contains("norland"), "\(opened.allEntities)")
        #expect(!opened.statement.contains("cut") && !opened.statement.contains("Norland"), "\(opened.statement)")
        #expect(severed.statement.contains("cut its ties with Norland"), "\(severed.statement)")
        #expect(!severed.statement.contains("embassy"), "\(severed.statement)")
        #expect(opened.citations.first?.quote == Self.twoEvents || opened.citations.first?.quote == nil)
    }

    @Test func aClauseWithoutItsOwnSubjectSharesItsNames() throws {
        let claims = Self.claims(["Despite breaking off relations with Norland, Estavia still exports salt to the northern market."])
        let export = try #require(claims.first { $0.predicate == "trade.export" })
        #expect(export.allEntities.contains("norland"), "\(export.allEntities)")
        #expect(!export.statement.contains("breaking"), "\(export.statement)")
        let imports = try #require(Self.claims(["Estavia sells salt to the Norland market, while importing timber from Tarland."])
            .first { $0.predicate == "trade.import" })
        #expect(imports.subject == "estavia", "a clause without its own subject has the sentence's: \(imports.subject)")
    }

    @Test func aVerbPhraseJoinedByAndHasItsOwnObjects() throws {
        let claims = Self.claims(["Estavia established diplomatic relations with Norland on 2 May 2019 and ended its ties with Tarland."])
        let established = try #require(claims.first { $0.predicate == "relations.established" })
        #expect(!established.allEntities.contains("tarland"), "\(established.allEntities)")
        #expect(!established.statement.contains("Tarland"), "\(established.statement)")
        #expect(established.qualifiers["counterpart"] == "Norland")
        let signed = try #require(Self.claims(["Ivo Brandt met Lena Korvath in Pellor and signed a fishing accord."])
            .first { $0.predicate == "agreement.signed" })
        #expect(Set(signed.allEntities).isSuperset(of: ["ivo-brandt", "lena-korvath"]),
                "the phrase joined on keeps what came before: \(signed.allEntities)")
    }

    @Test func aRegionsAdjectiveDescribesTheCountry() throws {
        let severed = try #require(Self.claims([Self.twoEvents]).first { $0.predicate == "relations.severed" })
        #expect(severed.subject == "estavia")
        #expect(!severed.allEntities.contains("austral-region"), "\(severed.allEntities)")
    }

    @Test func amountsStayWithTheirClauseAndCurrency() throws {
        let claims = Self.claims([
            "In 2021, Estavia exported goods worth about 40 million dollars to Norland, while it imported goods worth 2.5 billion dollars from Norland, mostly timber and salt.",
            "Tarland lent Estavia US$75 million.",
        ])
        let export = try #require(claims.first { $0.predicate == "trade.export" })
        let imports = try #require(claims.first { $0.predicate == "trade.import" })
        #expect(export.qualifiers["amount"] == "about 40 million dollars", "\(export.qualifiers)")
        #expect(imports.qualifiers["amount"] == "2.5 billion dollars", "\(imports.qualifiers)")
        #expect(claims.contains { $0.qualifiers["amount"] == "US$75 million" }, "\(claims.map(\.qualifiers))")
    }

    @Test func theTwoLeadersAreThePairJustNamedAndTheirCountStays() throws {
        let claims = Self.claims([
            "Ivo Brandt arrived in Norland on 3 May.",
            "He met Lena Korvath in Pellor on 5 May, and the two leaders signed 12 trade protocols.",
        ])
        let signed = try #require(claims.first { $0.predicate == "agreement.signed" })
        #expect(Set(signed.allEntities).isSuperset(of: ["ivo-brandt", "lena-korvath"]), "\(signed.allEntities)")
        #expect(signed.qualifiers["amount"] == "12 trade protocols", "\(signed.qualifiers)")
        let met = try #require(claims.first { $0.predicate == "meeting.held" })
        #expect(met.qualifiers["amount"] == nil, "the day of the month is no count: \(met.qualifiers)")
    }
}
