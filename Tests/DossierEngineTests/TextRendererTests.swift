import DossierEngine
import DossierKit
import Testing
import DossierOutput

struct TextRendererTests {
    private let sources = [Source(id: "atlas", title: "Atlas of Norland", publisher: "Norland Press", sections: ["History"])]

    private func answered(_ answer: String = "Norland opened an embassy in Pellor in 1990.") -> AnswerRecord {
        var record = AnswerRecord(question: "when did Norland open its embassy?", status: .answered)
        record.answer = answer
        record.plugin = "timeline"
        record.confidence = 0.9
        record.citations = [
            Citation(source: "atlas", title: "Atlas of Norland", section: "History", paragraph: 2),
            Citation(source: "atlas", title: "Atlas of Norland", section: "History", paragraph: 5, quote: "Norland opened it."),
        ]
        return record
    }

    @Test func printsTheAnswerFirstThenNumberedSources() {
        let lines = TextRenderer(sources: sources).render(answered()).split(separator: "\n").map(String.init)
        #expect(lines.first == "Norland opened an embassy in Pellor in 1990.")
        #expect(lines[1] == "  [1] Atlas of Norland (Norland Press), History, paragraph 2")
        #expect(lines[2] == "  [2] Atlas of Norland (Norland Press), History, paragraph 5")
        #expect(lines[3].contains("\u{201C}Norland opened it.\u{201D}"))
    }

    @Test func aSourceWithoutAPublisherIsCitedByTitleAlone() {
        let unlisted = [Source(id: "atlas", title: "Atlas of Norland", publisher: "", sections: ["History"])]
        let lines = TextRenderer(sources: unlisted).render(answered()).split(separator: "\n").map(String.init)
        #expect(lines[1] == "  [1] Atlas of Norland, History, paragraph 2")
    }

    @Test func endsWithOneNewline() {
        let text = TextRenderer(sources: sources).render(answered())
        #expect(text.hasSuffix("\n"))
        #expect(!text.hasSuffix("\n\n"))
    }

    @Test func writesNoEscapeWithoutColourEvenForHostileText() {
        let text = TextRenderer(sources: sources, color: false).render(answered("bad \u{1B}[2J\u{1B}]0;x\u{07} news"))
        #expect(!text.unicodeScalars.contains("\u{1B}"))
        #expect(!text.unicodeScalars.contains("\u{07}"))
    }

    @Test func colourWrapsLinesInEscapes() {
        let text = TextRenderer(sources: sources, color: true).render(answered())
        #expect(text.contains("\u{1B}["))
    }

    @Test func saysUnknownPlainly() {
        let text = TextRenderer(sources: sources).render(AnswerRecord(question: "population?", status: .unknown))
        #expect(text.hasPrefix("Unknown"))
    }

    @Test func showsTheErrorCodeAndMessage() {
        let record = AnswerRecord(question: "", error: DossierError(.lineTooLong, "line 3 is too long"))
        let text = TextRenderer(sources: sources).render(record)
        #expect(text.contains("line-too-long"))
        #expect(text.contains("line 3 is too long"))
    }

    @Test func wrapsToTheGivenWidth() {
        let long = String(repeating: "Norland and Estavia traded wool. ", count: 8)
        let text = TextRenderer(sources: sources, width: 40).render(answered(long))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 40 })
    }
}
