import DossierKit
import DossierReading
import Testing

/// What kind of thing a name a document introduces is: a person only where the text shows
/// it, prizes, products and bodies keep their kind, and a person's surname alias is a real
/// surname. Invented names throughout.
struct NameKindTests {
    static func kinds(_ sentences: [String]) -> [String: String] {
        let passages = sentences.enumerated().map { index, text in
            Passage(source: "names", title: "Names", section: "Introduction", paragraph: index + 1, sentence: 1,
                    start: 0, end: text.unicodeScalars.count, text: text)
        }
        let found = NameFinder().entities(in: passages, known: [])
        return Dictionary(found.map { ($0.entity.name, $0.entity.kind) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func capitalisedWordsAloneMakeNoPerson() {
        let kinds = Self.kinds([
            "The treaty went to the United Federation’s court for a ruling.",
            "Its author once won the Golden Quill Prize for the essay.",
            "The air force flew Varkov Va-220 bombers over the strait.",
        ])
        #expect(kinds["United Federation"] != "person")
        #expect(kinds["Golden Quill Prize"] == "name")
        #expect(kinds["Varkov Va-220"] == "name")
    }

    @Test(arguments: [
        "The plan was welcomed, said Odile Marsan on the radio.",
        "Odile Marsan said the plan was welcome.",
        "Odile Marsan, who chairs the board, welcomed the plan.",
        "The head of the harbour board, Odile Marsan, welcomed the plan.",
        "Odile Marsan is a former harbour correspondent at the Gazette.",
        "Strikes spread during the presidency of Odile Marsan across the coast.",
        "Talks were led by Dr Odile Marsan for a week.",
    ])
    func evidenceMakesAPerson(sentence: String) {
        #expect(Self.kinds([sentence])["Odile Marsan"] == "person")
    }

    @Test func organisationsKeepTheirKind() {
        let kinds = Self.kinds(["Delegates of the Allied Nations met the Harbour Agency in the capital."])
        #expect(kinds["Allied Nations"] == "organization")
        #expect(kinds["Harbour Agency"] == "organization")
    }

    @Test func aHyphenatedGivenNameIsNoSurname() throws {
        let passages = [Passage(source: "names", title: "Names", section: "Introduction", paragraph: 1, sentence: 1,
                                start: 0, end: 40, text: "President Lan Mei-hua spoke at the port.")]
        let person = try #require(NameFinder().entities(in: passages, known: []).first { $0.entity.name == "Lan Mei-hua" })
        #expect(person.entity.kind == "person")
        #expect(!person.entity.aliases.contains("Mei-hua"))
    }
}
