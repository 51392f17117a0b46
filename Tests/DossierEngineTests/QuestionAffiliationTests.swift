import DossierEngine
import DossierKit
import Testing

/// The country a person asked about belongs to: "which Estavian president", and also
/// "did Norland's foreign minister" where the question's subject is that country's
/// official; a country's office named as an object ("back as Norland's president") is not
/// the asker's subject. Invented entities.
struct QuestionAffiliationTests {
    static let analyzer = QuestionAnalyzer(entities: [
        Entity(id: "norland", name: "Norland", kind: "country", aliases: ["Norlandic"]),
        Entity(id: "estavia", name: "Estavia", kind: "country", aliases: ["Estavian"]),
    ])

    @Test(arguments: [
        ("Which Estavian president visited Norland?", "estavia"),
        ("What did Norland's foreign minister hope the treaty with Estavia would bring?", "norland"),
        ("When did Estavia's prime minister meet Norland's envoy?", "estavia"),
        ("Did Norland's president visit Estavia?", "norland"),
    ])
    func theSubjectsCountryIsItsAffiliation(text: String, country: String) {
        #expect(Self.analyzer.analyze(text).affiliation == country)
    }

    @Test(arguments: ["Whom does Estavia back as Norland's president?", "When did Norland open an embassy in Estavia?"])
    func otherQuestionsNameNoAffiliation(text: String) {
        #expect(Self.analyzer.analyze(text).affiliation == nil)
    }
}
