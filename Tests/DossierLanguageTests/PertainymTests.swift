import DossierLanguage
import Testing

/// Adjectives WordNet derives from one noun read as that noun, so a question's "ambassador
/// level" meets a text's "ambassadorial level"; adjectives that are nouns too, or name a
/// noun spelt otherwise, stay their own.
@Suite struct PertainymTests {
    let lexicon = Lexicon.bundled

    @Test(arguments: [("ambassadorial", "ambassador"), ("presidential", "president"), ("ministerial", "minister")])
    func anAdjectiveReadsAsItsNoun(adjective: String, noun: String) {
        #expect(lexicon.term(for: adjective) == lexicon.term(for: noun))
    }

    @Test(arguments: [("official", "office"), ("lunar", "moon"), ("national", "nation")])
    func anAdjectiveThatIsANounOrSpeltApartStays(adjective: String, noun: String) {
        #expect(lexicon.term(for: adjective) != lexicon.term(for: noun))
    }

    /// "What step did X take": the light verb and its noun ask for the act, they are not it.
    @Test func lightVerbsAndTheirNounsAreGeneric() {
        #expect(["take", "step", "action"].allSatisfy { lexicon.generic.contains(lexicon.term(for: $0)) })
    }
}
