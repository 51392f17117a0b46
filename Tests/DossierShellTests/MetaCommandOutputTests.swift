import DossierEngine
import DossierKit
import DossierShell
import Foundation
import Testing
import DossierIndex
import DossierOutput

struct MetaCommandOutputTests {
    private static let source = Source(
        id: "wiki", title: "Relations \u{1B}]0;pwned\u{07}", publisher: "Wiki\u{202E}pedia", published: "2024",
        sections: ["History", "Trade"])
    private static let entities = [
        Entity(id: "guatemala", name: "Guatemala", kind: "country"),
        Entity(id: "russia", name: "Russia", kind: "country", aliases: ["Russian Federation"]),
    ]
    private static let facts = [
        Fact(id: "b-embassy", subject: "russia", predicate: "embassy.opened", entities: ["guatemala"],
             time: TimeValue("2007"), statement: "Russia opened an embassy.\u{1B}[2J",
             citations: [Citation(source: "wiki", title: "Relations", section: "History", paragraph: 2)]),
        Fact(id: "a-relations", subject: "guatemala", predicate: "diplomatic-relations.established", object: "russia",
             time: TimeValue("1945-04-19"), statement: "Relations began.",
             citations: [Citation(source: "wiki", title: "Relations", section: "History", paragraph: 1)]),
        Fact(id: "c-undated", subject: "russia", predicate: "position", statement: "Russia holds a view.",
             citations: [Citation(source: "wiki", title: "Relations", section: "Trade", paragraph: 1)]),
    ]

    private func output(width: Int? = nil) -> MetaCommandOutput {
        let index = FactIndex(facts: Self.facts, entities: Self.entities, sources: [Self.source])
        return MetaCommandOutput(index: index, answerers: [], width: width)
    }

    private func isSafe(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0 != "\n" && TerminalSanitizer.isUnsafe($0) }
    }

    @Test func helpListsEveryCommandAndTheKeys() {
        let help = output().help()
        for usage in MetaCommand.usages { #expect(help.contains(":" + usage.name)) }
        #expect(help.contains("Ctrl-R"))
        #expect(help.contains("Ctrl-D"))
    }

    @Test func sourceShowsTitlePublisherDateAndSectionsSanitised() {
        let text = output().source(id: "wiki")
        #expect(text.contains("published: 2024"))
        #expect(text.contains("sections: History; Trade"))
        #expect(isSafe(text))
    }

    @Test func unknownSourcePointsToTheList() {
        #expect(output().source(id: "nope").contains(":sources"))
    }

    @Test func factsFindTheEntityByAliasAndListDatedFactsFirst() throws {
        let text = output().facts(about: "russian federation")
        let relations = try #require(text.range(of: "Relations began."))
        let embassy = try #require(text.range(of: "Russia opened an embassy."))
        let undated = try #require(text.range(of: "Russia holds a view."))
        #expect(relations.lowerBound < embassy.lowerBound)
        #expect(embassy.lowerBound < undated.lowerBound)
        #expect(text.contains("19 April 1945"))
        #expect(text.contains("[wiki, History, paragraph 2]"))
        #expect(isSafe(text))
    }

    @Test func timelineKeepsOnlyDatedFactsInOrder() throws {
        let text = output().timeline(of: nil)
        #expect(!text.contains("Russia holds a view."))
        let first = try #require(text.range(of: "1945"))
        let second = try #require(text.range(of: "2007"))
        #expect(first.lowerBound < second.lowerBound)
    }

    @Test func unknownEntitySaysHowToFindNames() {
        #expect(output().facts(about: "Atlantis").contains("no entity is called Atlantis"))
    }

    @Test func wrapsLongLinesToTheWidth() {
        let text = output(width: 30).facts(about: "Russia")
        for line in text.split(separator: "\n") { #expect(line.count <= 30 || !line.contains(" ")) }
    }

    @Test func whyWithoutAQuestionSaysSo() {
        #expect(output().why(nil, plugin: nil) == "no question asked yet\n")
    }

    @Test func historyIsNumberedFromTheOldest() {
        #expect(output().history(["first", "second"]) == "1  first\n2  second\n")
    }
}
