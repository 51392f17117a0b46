import DossierKit
import DossierTesting

/// Claims as a document reader would store them (a `salience`, the sentence as the
/// citation's quote), about the invented world of ``Fixtures``, and two invented
/// sources that disagree on a figure.
enum ClaimFixtures {
    /// Asks `question` of a Dossier holding `facts` (cited to the gazette), the fixture
    /// entities and the built-in answerers.
    static func ask(_ question: String, facts: [Fact]) async throws -> TestAnswer {
        try await TestDossier(sources: [TestDossier.fixtureSource, gazette], entities: Fixtures.entities,
                              facts: facts, answerers: Fixtures.answerers).ask(question)
    }

    static let gazette = Source(
        id: "gazette", title: "Harbour Gazette", publisher: "Dossier tests", kind: "test fixture",
        published: "2019-04-02", sections: ["News"])
    static let chronicle = Source(
        id: "chronicle", title: "Upland Chronicle", publisher: "Dossier tests", kind: "test fixture",
        published: "2022-10-11", sections: ["News"])

    static func cite(_ source: Source, paragraph: Int, quote: String) -> Citation {
        Citation(source: source.id, title: source.title, section: "News", paragraph: paragraph, quote: quote)
    }

    /// A claim: a reader's statement is a placeholder no answer may show.
    static func claim(
        _ id: String, _ subject: String, _ predicate: String, object: String? = nil,
        qualifiers: [String: String] = [:], time: String? = nil, source: Source = gazette, paragraph: Int, quote: String
    ) -> Fact {
        Fact(id: id, subject: subject, predicate: predicate, object: object,
             qualifiers: qualifiers.merging(["salience": "main"]) { a, _ in a }, time: time.flatMap(TimeValue.init),
             statement: "\(subject) \(predicate) \(object ?? ""): “\(quote)”", citations: [cite(source, paragraph: paragraph, quote: quote)])
    }

    static let facts = [
        claim("arrival", "ilsa-marrow", "visit.arrival", object: "estavia", time: "2014-03-31", paragraph: 1,
              quote: "Marrow's aircraft touched down in Estavia late on the last day of March."),
        claim("talks", "ilsa-marrow", "meeting.held", object: "tomas-quirera", qualifiers: ["place": "Pellor"], time: "2014-04",
              paragraph: 2, quote: "In April Marrow sat down with Quirera in Pellor for two hours."),
        claim("protest", "norland", "position.condemned", object: "estavia", time: "2016", paragraph: 3,
              quote: "Norland's cabinet denounced Estavia's dam project in 2016."),
        claim("never-exported", "estavia", "trade.export", object: "norland", qualifiers: ["goods": "salt", "polarity": "negative"],
              paragraph: 4, quote: "Estavia has never shipped salt to Norland, a spokesman said."),
        claim("unknown-predicate", "norland", "harbour.dredged", time: "2017", paragraph: 5,
              quote: "Norland deepened the channel of its main harbour in 2017."),
        claim("closure", "norland", "embassy.closed", object: "estavia", qualifiers: ["place": "Pellor"], time: "2016-08",
              paragraph: 7, quote: "Following the border clash at the salt marshes, Norland shut its embassy in Pellor in August 2016."),
        claim("debt-old", "norland", "debt.forgiven", object: "estavia", qualifiers: ["amount": "60%"], time: "2018",
              source: gazette, paragraph: 6, quote: "Norland cancelled 60% of what Estavia owed it, the ministry said."),
        claim("debt-new", "norland", "debt.forgiven", object: "estavia", qualifiers: ["amount": "75%"], time: "2018",
              source: chronicle, paragraph: 1, quote: "Three quarters of Estavia's debt to Norland, 75%, was cancelled."),
    ]

    static func makeDossier(answerers: [any Answerer] = Fixtures.answerers) throws -> TestDossier {
        try TestDossier(sources: [TestDossier.fixtureSource, gazette, chronicle], entities: Fixtures.entities,
                        facts: facts, answerers: answerers)
    }
}
