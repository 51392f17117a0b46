import DossierLanguage
import Testing

/// Words English uses for one another in the field read as one term, in questions and
/// documents alike: a firm is a company, a referendum is a vote, what a thing leads to is
/// what it brings.
struct FieldSynonymTests {
    static let reader = TextReader(lexicon: .bundled, matcher: EntityMatcher(entities: []))

    static func terms(_ text: String) -> [String] { reader.read(text).terms.map(\.term) }

    @Test(arguments: [("firms", "companies"), ("firm", "corporation"), ("referendum", "vote"), ("plebiscite", "ballot")])
    func synonymsShareATerm(a: String, b: String) {
        #expect(Lexicon.bundled.term(for: a) == Lexicon.bundled.term(for: b))
    }

    @Test func whatAThingLeadsToIsWhatItBrings() {
        let question = Self.terms("What would the treaty bring?")
        let text = Self.terms("The treaty would lead to new markets.")
        #expect(question.contains { text.contains($0) && $0 != Lexicon.bundled.term(for: "treaty") })
    }

    @Test func unrelatedWordsStayApart() {
        #expect(Lexicon.bundled.term(for: "firm") != Lexicon.bundled.term(for: "trade"))
        #expect(Lexicon.bundled.term(for: "referendum") != Lexicon.bundled.term(for: "dispute"))
    }
}
