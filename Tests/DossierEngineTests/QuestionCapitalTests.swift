import DossierEngine
import DossierKit
import Testing

/// A capital acting in a question is the government seated there in the question's year
/// (the Soviet Union in 1950, Russia with no year), while a capital as a place stays the
/// city; and a question whose opening phrase names an entity leads with its verb's
/// subject. Russia and Moscow come from the gazetteer; Norland and Estavia are invented.
struct QuestionCapitalTests {
    static let analyzer = QuestionAnalyzer(entities: [
        Entity(id: "russia", name: "Russia", kind: "country", aliases: ["Russian Federation"]),
        Entity(id: "soviet-union", name: "Soviet Union", kind: "country", aliases: ["USSR"]),
        Entity(id: "moscow", name: "Moscow", kind: "city", partOf: "russia"),
        Entity(id: "norland", name: "Norland", kind: "country"),
        Entity(id: "estavia", name: "Estavia", kind: "country"),
    ])

    @Test(arguments: [
        ("When did Moscow and Norland sign the treaty?", "russia"),
        ("Did Moscow sign the treaty with Norland in 1950?", "soviet-union"),
        ("When did Norland open an embassy in Moscow?", "moscow"),
    ])
    func aCapitalActingIsItsGovernment(text: String, entity: String) {
        #expect(Self.analyzer.analyze(text).entityIDs.contains(entity))
    }

    @Test func theOpeningPhraseDoesNotLead() {
        let question = Self.analyzer.analyze("What share of Estavia's debt did Norland write off?")
        #expect(question.leadEntities.first == "norland")
        #expect(Self.analyzer.analyze("When did Norland forgive Estavia's debt?").leadEntities.first == "norland")
    }
}
