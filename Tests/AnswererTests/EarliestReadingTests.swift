import DossierEngine
import DossierKit
import DossierOutput
import DossierTesting
import Testing

/// "When did A first visit B?": the earliest of the facts that answer the rest of the
/// question, whether or not any of them says "first".
struct EarliestReadingTests {
    static let laterVisit = Fact(
        id: "marrow-second-visit", subject: "ilsa-marrow", predicate: "visit", object: "estavia",
        qualifiers: ["place": "Pellor"], time: TimeValue("2015-06-03"),
        statement: "Ilsa Marrow was back in Estavia on 3 June 2015 for a fisheries summit.",
        keywords: "visit trip travel", citations: [TestDossier.cite(paragraph: 20)])

    static func makeDossier() throws -> TestDossier {
        try TestDossier(entities: Fixtures.entities, facts: Fixtures.facts + [laterVisit], answerers: Fixtures.answerers)
    }

    @Test(arguments: ["When did Ilsa Marrow first visit Estavia?", "When did Marrow travel to Estavia for the first time?"])
    func answersTheEarliestVisit(question: String) async throws {
        let answer = try await Self.makeDossier().ask(question)
        #expect(answer.status == .answered)
        #expect(answer.plugin == "visits")
        #expect(answer.answer.contains("9 May 2011"))
        #expect(!answer.answer.contains("2015"))
    }

    @Test func staysUnknownForSomeoneWhoNeverWent() async throws {
        let answer = try await Self.makeDossier().ask("When did Tomás Quirera first visit Norland?")
        #expect(answer.status == .unknown, "\(answer.plugin ?? "-"): \(answer.answer)")
    }
}
