import DossierKit
import Testing

struct AnswerTests {
    private func citation(_ source: String, paragraph: Int) -> Citation {
        Citation(source: source, title: "Title of \(source)", section: "Notes", paragraph: paragraph)
    }

    private func fact(_ id: String, citations: [Citation]) -> Fact {
        Fact(id: id, subject: "norland", predicate: "embassy.opened", statement: "Statement \(id).", citations: citations)
    }

    @Test func joiningFactsCitesEachSourceAndLocatorOnceInOrder() {
        let shared = citation("atlas", paragraph: 2)
        let facts = [
            fact("a", citations: [shared, citation("almanac", paragraph: 1)]),
            fact("b", citations: [shared]),
            fact("c", citations: [citation("atlas", paragraph: 3)]),
        ]
        let answer = Answer(text: "joined", facts: facts, interpretation: "embassy.opened")
        #expect(answer.citations.map(\.locator) == ["Notes, paragraph 2", "Notes, paragraph 1", "Notes, paragraph 3"])
        #expect(answer.citations.map(\.source) == ["atlas", "almanac", "atlas"])
        #expect(answer.factIDs == ["a", "b", "c"])
        #expect(answer.interpretation == "embassy.opened")
    }

    @Test func statingOneFactUsesItsSentenceCitationsAndPredicate() {
        let single = fact("a", citations: [citation("atlas", paragraph: 4)])
        let answer = Answer(stating: single)
        #expect(answer.text == "Statement a.")
        #expect(answer.citations == single.citations)
        #expect(answer.interpretation == "embassy.opened")
        #expect(answer.factIDs == ["a"])
    }

    @Test func citationLocatorNamesSectionAndParagraph() {
        #expect(citation("atlas", paragraph: 7).locator == "Notes, paragraph 7")
    }
}
