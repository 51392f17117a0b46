import DossierEngine
import DossierKit
import DossierOutput
import DossierLanguage
import DossierReading
import DossierStore
import Foundation
import GeneralPlugin
import StancePlugin
import Testing
import TimelinePlugin
import TradePlugin
import VisitsPlugin

/// Reading a document into entities and claims, and answering from what was read. The
/// fixture invents its countries and people, so nothing here can pass by knowing a real one.
struct ClaimReadingTests {
    static let text = """
         date 2020-05-13 Estavia opens its embassy in Port Vell

        Estavia opened its embassy in Port Vell on Wednesday, two days after Tarland moved its mission to the city.

        Estavian President Lena Korvath and Norland Prime Minister Ivo Brandt cut a ribbon at the ceremony.

        "This is a new chapter for our two nations," Brandt said, recalling that Norland recognized Estavia in March 1951.

        The landlocked country exports coffee to Norland while importing steel.

        Korvath did not visit Tarland during the trip. She said on March 31 that talks would go on.

        The Supreme Assembly of Norland (SAN) approved the treaty.
        """

    static let entities = [
        Entity(id: "estavia", name: "Estavia", kind: "country", aliases: ["Estavian"]),
        Entity(id: "norland", name: "Norland", kind: "country"),
        Entity(id: "tarland", name: "Tarland", kind: "country"),
        Entity(id: "port-vell", name: "Port Vell", kind: "city", partOf: "norland"),
    ]

    static let source = Source(id: "fixture", title: "Fixture notes", publisher: "tests", sections: ["Notes"])

    /// A store holding the fixture entities and the ingested fixture document (or another text).
    static func ingested(_ text: String = text) throws -> (FactStore, QuestionEngine) {
        let store = try FactStore.inMemory()
        try store.installPack(version: 1, contents: StoreContents(sources: [source], entities: entities, facts: []))
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("estavia-embassy.txt").path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            _ = try DocumentIngester(store: store, index: try QuestionEngine.index(of: store)).ingest(path: path)
        }
        let answerers: [any Answerer] = [TimelineAnswerer(), TradeAnswerer(), VisitsAnswerer(), StanceAnswerer(), GeneralAnswerer()]
        let engine = QuestionEngine(index: try QuestionEngine.index(of: store, for: answerers), answerers: answerers)
        return (store, engine)
    }

    static func claims(of text: String = text) throws -> [Fact] {
        try ingested(text).0.contents().facts.filter { $0.id.hasPrefix("claim-") }
    }

    @Test func titledNamesBecomePeopleWithTheirCountryAndSurname() throws {
        let introduced = try Self.ingested().0.documentEntities().map(\.entity)
        let korvath = try #require(introduced.first { $0.name == "Lena Korvath" })
        #expect(korvath.kind == "person")
        #expect(korvath.partOf == "estavia")
        #expect(korvath.aliases.contains("Korvath"))
        let assembly = try #require(introduced.first { $0.name.hasPrefix("Supreme Assembly") })
        #expect(assembly.kind == "organization")
        #expect(assembly.aliases.contains("SAN"))
        #expect(!introduced.contains { $0.name == "The" || $0.name == "Wednesday" })
    }

    @Test func aWeekdayTakesTheDocumentsDayAndAMonthItsYear() throws {
        let reference = try #require(TimeValue("2020-05-13"))
        #expect(DateCompletion.times(in: "It opened on Wednesday.", reference: reference) == [TimeValue("2020-05-13")!])
        #expect(DateCompletion.times(in: "It opened on Monday.", reference: reference) == [TimeValue("2020-05-11")!])
        #expect(DateCompletion.times(in: "She spoke on March 31.", reference: reference) == [TimeValue("2020-03-31")!])
        #expect(DateCompletion.times(in: "A vote in December.", reference: reference) == [TimeValue("2019-12")!])
        // A reference known to the month never gives a day.
        #expect(DateCompletion.times(in: "It opened on Monday.", reference: TimeValue("2020-05")!) == [TimeValue("2020-05")!])
        #expect(DateCompletion.times(in: "It opened on Monday.", reference: nil).isEmpty)
    }

    @Test func claimsCarryRolesTimesAndQuotes() throws {
        let claims = try Self.claims()
        let opened = try #require(claims.first { $0.predicate == "embassy.opened" })
        #expect(opened.subject == "estavia")
        #expect(opened.time == TimeValue("2020-05-13"))
        #expect(opened.qualifiers["place"] == "Port Vell")
        #expect(opened.qualifiers["duration"] == "two days")
        #expect(opened.qualifiers["salience"] == "main")
        let export = try #require(claims.first { $0.predicate == "trade.export" })
        #expect(export.subject == "estavia")  // "the landlocked country"
        #expect(export.object == "norland")
        let said = try #require(claims.first { $0.predicate == "statement.said" && $0.qualifiers["quote"] != nil })
        #expect(said.subject == "ivo-brandt")
        #expect(said.qualifiers["quote"]?.contains("new chapter") == true)
        #expect(said.citations.first?.quote?.contains("recalling") == true)
    }

    @Test func pronounsAndNegationAreRead() throws {
        let claims = try Self.claims()
        let visit = try #require(claims.first { $0.predicate == "visit.arrival" })
        #expect(visit.subject == "lena-korvath")
        #expect(visit.qualifiers["polarity"] == "negative")
        let said = try #require(claims.first { $0.predicate == "statement.said" && $0.time == TimeValue("2020-03-31") })
        #expect(said.subject == "lena-korvath")  // "She said on March 31"
    }

    @Test func answerersAnswerFromReadClaims() async throws {
        let (_, engine) = try Self.ingested()
        let when = await engine.ask("When did Estavia open its embassy in Port Vell?").record
        #expect(when.status == .answered)
        #expect(when.plugin == "timeline")
        #expect(when.answer?.contains("2020") == true)
        let trade = await engine.ask("What does Estavia export to Norland?").record
        #expect(trade.plugin == "trade")
        #expect(trade.answer?.contains("coffee") == true)
        let recall = await engine.ask("What did Brandt recall about Norland's recognition of Estavia?").record
        #expect(recall.plugin == "stance")
        #expect(recall.answer?.contains("1951") == true)
    }

    @Test(arguments: [
        "When did Tarland open its embassy in Port Vell?",  // the other country
        "What does Tarland export to Norland?",
        "When did Estavia open its embassy in Port Vell in 1990?",  // the wrong year
    ])
    func rightNamesInTheWrongPairingStayUnknown(question: String) async throws {
        let (_, engine) = try Self.ingested()
        let response = await engine.ask(question)
        #expect(response.record.status == .unknown, "\(response.record.answer ?? "") \(response.dispatch?.bids.map { "\($0.plugin) \($0.bid.confidence) \($0.bid.reason)" } ?? [])")
    }
}
