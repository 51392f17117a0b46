import DossierAnswering
import DossierEngine
import DossierKit
import DossierTesting
import Testing

/// A claim's roles are said only as the claim's sentence bears them out: a place as the
/// most specific name the sentence gives it, a figure with what it measures and only with
/// numbers the sentence holds, no role filled by a kind that cannot fill it, no two-sided
/// relation without its other side, no person acting "with" their own country, and no
/// clause that says nothing.
struct ClaimRoleWordingTests {
    static let entities = Fixtures.entities + [
        Entity(id: "oren-vask", name: "Oren Vask", kind: "person", partOf: "norland"),
        Entity(id: "long-frost", name: "Long Frost", kind: "event"),
        Entity(id: "marshy", name: "Marshy", kind: "name"),
        Entity(id: "kelmar", name: "Kelmar", kind: "country", aliases: ["Kelmari", "Oskarn"]),
        Entity(id: "united-isles", name: "United Isles", kind: "country"),
        Entity(id: "tarn-states", name: "Tarn States", kind: "country"),
    ]

    static func say(_ claims: [Fact]) throws -> String {
        let dossier = try TestDossier(entities: entities, facts: [], answerers: [])
        return ClaimSentence.text(of: claims, in: dossier.engine.index)
    }

    static func claim(_ subject: String, _ predicate: String, object: String? = nil, entities: [String] = [],
                      qualifiers: [String: String] = [:], time: String? = nil, quote: String) -> Fact {
        var fact = ClaimFixtures.claim(subject + "-" + predicate, subject, predicate, object: object,
                                       qualifiers: qualifiers, time: time, paragraph: 1, quote: quote)
        fact.entities = entities
        return fact
    }

    @Test func saysAPlaceAsTheCityTheSentenceNames() throws {
        let quote = "Estavia's new mission opened its doors in Varnhal on Monday."
        let text = try Self.say([Self.claim("estavia", "embassy.opened", qualifiers: ["place": "Norland"], time: "2015-03-02", quote: quote)])
        #expect(text == "Estavia opened an embassy in Varnhal on 2 March 2015. “\(quote)”")
    }

    @Test func saysAPlaceByTheNameTheSentenceGivesIt() throws {
        let quote = "Norland has opened a mission in Oskarn, the Kelmari capital."
        let text = try Self.say([Self.claim("norland", "embassy.opened", qualifiers: ["place": "Kelmar"], quote: quote)])
        #expect(text == "Norland opened an embassy in Oskarn. “\(quote)”")
    }

    @Test func foldsTheClausesOfOneSubjectAndDropsOneThatSaysNothing() throws {
        let quote = "Estavia ships copper to Norland and brings in timber and tin."
        let claims = [
            Self.claim("estavia", "trade.export", object: "norland", qualifiers: ["goods": "copper"], quote: quote),
            Self.claim("estavia", "trade.import", qualifiers: ["goods": "timber and tin"], quote: quote),
        ]
        #expect(try Self.say(claims) == "Estavia exported copper to Norland and imported timber and tin. “\(quote)”")
        let bare = [claims[0], Self.claim("estavia", "trade.import", quote: quote)]
        #expect(try Self.say(bare) == "Estavia exported copper to Norland. “\(quote)”")
    }

    @Test(arguments: ["20 billion", "20 billion, 46 billion", "$46 billion", "90 percent"])
    func saysNoFigureWithoutWhatItMeasuresOrNotInTheSentence(amount: String) throws {
        let quote = "Estavia may hold 20 billion barrels of brine, though surveyors say 4.6 billion."
        let text = try Self.say([Self.claim("estavia", "trade.goods", qualifiers: ["amount": amount], quote: quote)])
        #expect(text == "“\(quote)”")
    }

    @Test func saysAShareOfDebtWithTheDebtItMeasures() throws {
        let quote = "Norland cancelled 90 percent of the sums Estavia owed it."
        let text = try Self.say([Self.claim("norland", "debt.forgiven", object: "estavia", qualifiers: ["amount": "90 percent"], quote: quote)])
        #expect(text == "Norland wrote off 90 percent of the debt owed by Estavia. “\(quote)”")
    }

    @Test func saysASumWithTheGoodsItBought() throws {
        let quote = "Estavia bought more than $4 billion of arms from Norland."
        let text = try Self.say([Self.claim("estavia", "trade.import", object: "norland",
                                            qualifiers: ["amount": "$4 billion", "goods": "arms"], quote: quote)])
        #expect(text == "Estavia imported $4 billion worth of arms from Norland. “\(quote)”")
    }

    @Test func fillsNoRoleWithAKindThatCannotFillIt() throws {
        let met = "Marrow's talks with the Long Frost partner are due in May."
        #expect(try Self.say([Self.claim("ilsa-marrow", "meeting.held", object: "long-frost", time: "2014-05", quote: met)]) == "“\(met)”")
        let shipped = "Estavia sends salt to the Marshy giant."
        #expect(try Self.say([Self.claim("estavia", "trade.export", object: "marshy", qualifiers: ["counterpart": "Norland"], quote: shipped)])
            == "“\(shipped)”")
        let allied = "The Long Frost ally of Norland waits."
        #expect(try Self.say([Self.claim("long-frost", "alliance.held", object: "norland", quote: allied)]) == "“\(allied)”")
    }

    @Test func saysATwoSidedRelationOnlyWithItsOtherSide() throws {
        let quote = "The two governments agree to open ties from June 1."
        let alone = Self.claim("norland", "relations.established", entities: ["oren-vask"], time: "2007-06-01", quote: quote)
        #expect(try Self.say([alone]) == "“\(quote)”")
        var paired = alone
        paired.entities = ["oren-vask", "estavia"]
        #expect(try Self.say([paired]) == "Norland established diplomatic relations with Estavia on 1 June 2007. “\(quote)”")
    }

    @Test func dropsAPersonsOwnCountryAsTheOtherSide() throws {
        let quote = "A communiqué was signed by Norland's minister Oren Vask."
        let text = try Self.say([Self.claim("oren-vask", "agreement.signed", qualifiers: ["counterpart": "Norland"], time: "2007-06-01", quote: quote)])
        #expect(text == "Oren Vask signed an agreement on 1 June 2007. “\(quote)”")
    }

    @Test func prefersTheCityWhereItHappenedToACountryNamedInPassing() throws {
        let quote = "Norland's envoy met Estavia's minister in Varnhal and signed the pact."
        let text = try Self.say([Self.claim("estavia", "agreement.signed", qualifiers: ["place": "Norland"], quote: quote)])
        #expect(text == "Estavia signed an agreement in Varnhal. “\(quote)”")
    }

    @Test func saysNothingInThePastOfWhatIsYetToHappen() throws {
        let quote = "Oren Vask will sign a pact with Estavia next week."
        #expect(try Self.say([Self.claim("oren-vask", "agreement.signed", object: "estavia", quote: quote)]) == "“\(quote)”")
    }

    @Test func givesACountryNamedByACommonNounItsArticle() throws {
        let quote = "The United Isles broke with the Tarn States in 1952."
        let text = try Self.say([Self.claim("united-isles", "relations.severed", object: "tarn-states", time: "1952", quote: quote)])
        #expect(text == "The United Isles broke off relations with the Tarn States in 1952. “\(quote)”")
    }
}
