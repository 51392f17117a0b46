import DossierKit
import Testing

/// A fact's domain is the part of its predicate before the first dot, compared byte for byte.
struct FactDomainTests {
    private func fact(_ predicate: String) -> Fact {
        Fact(id: "f", subject: "norland", predicate: predicate, statement: "Norland did something.", citations: [])
    }

    @Test func isInTheDomainBeforeItsFirstDot() {
        let domains: Set<String> = ["embassy", "diplomatic-relations", "visit"]
        #expect(fact("embassy.opened").isInDomain(of: domains))
        #expect(fact("diplomatic-relations.established.again").isInDomain(of: domains))
        #expect(fact("visit").isInDomain(of: domains))
        #expect(!fact("visits.arrival").isInDomain(of: domains))
        #expect(!fact("emb.opened").isInDomain(of: domains))
        #expect(!fact(".embassy").isInDomain(of: domains))
        #expect(fact(".embassy").isInDomain(of: [""]))
        #expect(!fact("embassy.opened").isInDomain(of: []))
        #expect(fact("ambassade-été.ouverte").isInDomain(of: ["ambassade-été"]))
        #expect(fact("trade.export").domain == "trade")
    }

    @Test func domainFilterAdmitsItsDomainsOrTheOthers() {
        let trade = DomainFilter(["trade", "aid"]), notTrade = DomainFilter(["trade", "aid"], excluding: true)
        #expect(trade.admits(fact("trade.export")) && trade.admits(fact("aid")) && !trade.admits(fact("visit")))
        #expect(!notTrade.admits(fact("trade.export")) && notTrade.admits(fact("visit")))
        #expect(trade.admits(domain: "aid") && !notTrade.admits(domain: "aid") && notTrade.admits(domain: "visit"))
        #expect(DomainFilter.every.admits(fact("anything.at.all")) && DomainFilter.every.admits(domain: ""))
        #expect(!DomainFilter([]).admits(fact("visit")))
    }

    @Test func namesEachEntityOnceInOrder() {
        let mentions = ["a", "b", "a", "c", "b"].enumerated().map { EntityMention(entity: $1, surface: $1, position: $0) }
        #expect(Question(text: "q", entities: mentions).entityIDs == ["a", "b", "c"])
        let many = (0..<20).map { EntityMention(entity: "e\($0 % 7)", surface: "x", position: $0) }
        #expect(Question(text: "q", entities: many).entityIDs == (0..<7).map { "e\($0)" })
    }

    @Test func involvesEachEntityOnceInOrder() {
        var fact = fact("visit")
        fact.object = "estavia"
        fact.entities = ["pellor", "norland", "estavia", "pellor", "varnhal"]
        #expect(fact.allEntities == ["norland", "estavia", "pellor", "varnhal"])
        fact.object = nil
        fact.entities = (0..<12).map { "e\($0 % 5)" }
        #expect(fact.allEntities == ["norland"] + (0..<5).map { "e\($0)" })
    }
}
