import DossierAnswering
import DossierEngine
import DossierIndex
import DossierKit
import DossierTesting
import Testing

/// A fact set in a place the question does not name happened somewhere else.
struct PlaceFitTests {
    static let entities = Fixtures.entities + [
        Entity(id: "quay-house", name: "Quay House", kind: "place", aliases: [], partOf: "pellor"),
    ]

    /// Talks between the two presidents, held at Quay House in Pellor.
    static let talks = Fact(
        id: "quay-house-talks", subject: "ilsa-marrow", predicate: "meeting", object: "tomas-quirera",
        entities: ["quay-house", "pellor"], qualifiers: ["place": "Quay House in Pellor"], time: TimeValue("2013"),
        statement: "Ilsa Marrow and Tomás Quirera met at Quay House in Pellor in 2013.",
        keywords: "meet meeting", citations: [TestDossier.cite(paragraph: 1)])

    @Test(arguments: [
        ("Whom did Marrow meet in Pellor?", 1.0),
        ("Whom did Marrow meet in Estavia?", 1.0),
        ("Whom did Marrow meet at Quay House?", 1.0),
        ("Whom did Marrow meet in Varnhal?", PlaceFit.elsewhereAsked),
        ("Whom did Marrow meet in Norland?", PlaceFit.elsewhereAsked),
        ("Did Marrow meet Quirera about Norland?", PlaceFit.elsewhere),
        ("Whom did Marrow meet?", 1.0),
    ])
    func costsAFactSetElsewhere(question: String, expected: Double) throws {
        let dossier = try TestDossier(entities: Self.entities, facts: [Self.talks], answerers: [])
        let factor = PlaceFit.factor(of: Self.talks, for: dossier.analyze(question), in: dossier.engine.index).0
        #expect(factor == expected)
    }

    @Test func aFactWithNoPlaceIsNotSetElsewhere() throws {
        var unplaced = Self.talks
        unplaced.qualifiers = [:]
        let dossier = try TestDossier(entities: Self.entities, facts: [unplaced], answerers: [])
        #expect(PlaceFit.factor(of: unplaced, for: dossier.analyze("Whom did Marrow meet in Varnhal?"), in: dossier.engine.index).0 == 1)
    }

    @Test func aPlaceThatIsTheFactsOwnPartyIsNotContradicted() throws {
        // An embassy of Estavia's in Varnhal does not contradict "in Norland", whose capital it is in.
        let embassy = try #require(Fixtures.facts.first { $0.id == "estavia-embassy-varnhal" })
        let dossier = try TestDossier(entities: Self.entities, facts: [embassy], answerers: [])
        let question = dossier.analyze("When did Estavia open an embassy in Pellor?")
        #expect(PlaceFit.factor(of: embassy, for: question, in: dossier.engine.index).0 == PlaceFit.elsewhere)
    }
}
