import DossierKit
import DossierOutput
import DossierReading
import DossierTesting
import Testing

/// "How did A react to the decision?" answers from A's position or statement about it,
/// read from an invented document by the document reader: a condemnation is how its
/// speaker reacted, whatever its sentence's opening; one who said nothing about it has
/// no reaction to give.
struct ReactionToDecisionTests {
    static let source = Source(id: "ledger", title: "Estavia cuts ties with Norland", publisher: "Dossier tests",
                               kind: "test fixture", published: "2021-03-06", sections: ["Introduction"])
    static let sentences = [
        "Estavia broke off diplomatic relations with Norland on 4 March 2021.",
        "Norland condemned the decision and recalled its ambassador from Pellor.",
    ]

    private func dossier() throws -> TestDossier {
        let passages = Self.sentences.enumerated().map { index, text in
            Passage(source: Self.source.id, title: Self.source.title, section: "Introduction", paragraph: index + 1, sentence: 1,
                    start: 0, end: text.unicodeScalars.count, text: text)
        }
        let claims = ClaimReader(entities: Fixtures.entities)
            .claims(source: Self.source, passages: passages, reference: TimeValue(Self.source.published ?? ""))
        return try TestDossier(sources: [TestDossier.fixtureSource, Self.source], entities: Fixtures.entities,
                               facts: claims, answerers: Fixtures.answerers)
    }

    @Test(arguments: ["How did Norland react to the decision?", "How did Norland respond to the decision?"])
    func answersFromThePositionTaken(question: String) async throws {
        let answer = try await dossier().ask(question)
        #expect(answer.status == .answered)
        #expect(answer.plugin == "stance")
        #expect(answer.answer.contains("Norland condemned the decision"))
    }

    @Test func staysUnknownForOneWhoTookNoPosition() async throws {
        let answer = try await dossier().ask("How did Estavia react to the decision?")
        #expect(answer.status == .unknown, "\(answer.plugin ?? "-"): \(answer.answer)")
    }
}
