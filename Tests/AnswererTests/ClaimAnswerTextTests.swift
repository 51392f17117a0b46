import DossierAnswering
import DossierEngine
import DossierKit
import DossierOutput
import DossierTesting
import Testing

/// An answer from a claim is an English sentence composed from the claim's roles, its
/// time said only to its precision, followed by the claim's quote; never the predicate id.
struct ClaimAnswerTextTests {
    @Test func composesAVisitFromItsRolesOnTheDayItHappened() async throws {
        let answer = try await ClaimFixtures.makeDossier().ask("When did Ilsa Marrow arrive in Estavia?")
        #expect(answer.status == .answered)
        #expect(answer.plugin == "visits")
        #expect(answer.answer.hasPrefix("Ilsa Marrow arrived in Estavia on 31 March 2014."))
        #expect(answer.answer.contains("“Marrow's aircraft touched down"))
        #expect(!answer.answer.contains("visit.arrival"))
    }

    @Test func saysAMonthOnlyToItsPrecision() async throws {
        let answer = try await ClaimFixtures.makeDossier().ask("Whom did Marrow meet in Pellor?")
        #expect(answer.status == .answered)
        #expect(answer.answer.hasPrefix("Ilsa Marrow met Tomás Quirera in Pellor in April 2014."))
    }

    @Test func statesANegativeClaimAsNotDone() throws {
        let dossier = try ClaimFixtures.makeDossier()
        let claim = try #require(ClaimFixtures.facts.first { $0.id == "never-exported" })
        #expect(ClaimSentence.clause(of: claim, in: dossier.engine.index) == "Estavia did not export salt to Norland.")
    }

    @Test func saysNoGoodsWhenTheyNameNothingInParticular() throws {
        let dossier = try ClaimFixtures.makeDossier()
        let claim = ClaimFixtures.claim("vague-export", "estavia", "trade.export", object: "norland",
                                        qualifiers: ["goods": "goods worth", "amount": "about 3 million"], time: "2021",
                                        paragraph: 9, quote: "In 2021 Estavia sold goods worth about 3 million to Norland.")
        #expect(ClaimSentence.clause(of: claim, in: dossier.engine.index) == "Estavia exported to Norland in 2021.")
    }

    @Test func neverSaysAVisitWentWhereItsSentenceNamesOnlyAPeople() throws {
        let dossier = try ClaimFixtures.makeDossier()
        let claim = ClaimFixtures.claim("demonym-visit", "ilsa-marrow", "visit.arrival", object: "norland",
                                        qualifiers: ["place": "Pellor"], paragraph: 9,
                                        quote: "Marrow stayed in Pellor for three days, the first trip by a Norlandic leader in years.")
        #expect(ClaimSentence.clause(of: claim, in: dossier.engine.index) == "Ilsa Marrow arrived in Pellor.")
    }

    @Test(arguments: [
        ("Norland condemned Estavia's dam project.", "Norland condemned Estavia."),
        ("Norland condemned the decision and recalled its envoy from Pellor.", nil),
    ])
    func saysAPositionsObjectOnlyWhenTheVerbTakesIt(quote: String, clause: String?) throws {
        let dossier = try ClaimFixtures.makeDossier()
        var claim = ClaimFixtures.claim("stance", "norland", "position.condemned", object: "estavia", paragraph: 9, quote: quote)
        claim.keywords = "condemn denounce"
        #expect(ClaimSentence.clause(of: claim, in: dossier.engine.index) == clause)
    }

    @Test func givesOnlyTheQuoteForAPredicateItCannotSay() throws {
        let dossier = try ClaimFixtures.makeDossier()
        let claim = try #require(ClaimFixtures.facts.first { $0.id == "unknown-predicate" })
        let text = ClaimSentence.text(of: claim, in: dossier.engine.index)
        #expect(text == "“Norland deepened the channel of its main harbour in 2017.”")
    }

    @Test func saysTheClaimsOfOneSentenceWithItsQuoteOnce() throws {
        let dossier = try ClaimFixtures.makeDossier()
        let quote = "Estavia sells copper to Norland and buys its timber."
        let claims = [
            ClaimFixtures.claim("sells", "estavia", "trade.export", object: "norland", qualifiers: ["goods": "copper"], paragraph: 9, quote: quote),
            ClaimFixtures.claim("buys", "estavia", "trade.import", qualifiers: ["goods": "timber"], paragraph: 9, quote: quote),
        ]
        #expect(ClaimSentence.text(of: claims, in: dossier.engine.index)
            == "Estavia exported copper to Norland and imported timber. “\(quote)”")
    }

    @Test func keepsACuratedFactsOwnWords() throws {
        let dossier = try Fixtures.makeDossier()
        let fact = try #require(Fixtures.facts.first { $0.id == "estavia-embassy-varnhal" })
        #expect(ClaimSentence.text(of: fact, in: dossier.engine.index) == fact.statement)
    }
}
