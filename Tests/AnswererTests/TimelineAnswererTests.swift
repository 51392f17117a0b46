import DossierEngine
import DossierKit
import DossierTesting
import Foundation
import Testing
import DossierOutput

struct TimelineAnswererTests {
    @Test(arguments: [
        "When did Estavia open its embassy in Varnhal?",
        "when did estavia open its embassy in varnhal",
        "In what year did Estavia set up an embassy in Várnhal?",
        "What year did the Estavian embassy in Varnhal open?",
        "Estavia opened its embassy in Varnhal when?",
        "When was the embassy of Estávia in Varnhal established?",
    ])
    func answersWhenAnEmbassyOpenedHoweverTheQuestionIsWorded(question: String) async throws {
        let answer = try await Fixtures.makeDossier().ask(question)
        #expect(answer.status == .answered)
        #expect(answer.plugin == "timeline")
        #expect(answer.answer.contains("1978"))
        #expect(!answer.answer.contains("1990"))
    }

    @Test func answersWhenRelationsBeganWithTheDay() async throws {
        let answer = try await Fixtures.makeDossier().ask("When did Norland and Estavia establish diplomatic relations?")
        #expect(answer.status == .answered)
        #expect(answer.plugin == "timeline")
        #expect(answer.answer.contains("14 March 1952"))
        #expect(answer.record.citations.map(\.locator) == ["Notes, paragraph 1"])
    }

    @Test(arguments: [
        "Why were relations between Norland and Estavia frozen in the early 1960s?",
        "for what reason were norlandic ties with estavia frozen?",
    ])
    func answersWhyRelationsFroze(question: String) async throws {
        let answer = try await Fixtures.makeDossier().ask(question)
        #expect(answer.status == .answered)
        #expect(answer.plugin == "timeline")
        #expect(answer.answer.contains("border dispute"))
    }

    @Test func listsWhatHappenedInAYear() async throws {
        let answer = try await Fixtures.makeDossier().ask("What happened in 1978?")
        #expect(answer.status == .answered)
        #expect(answer.plugin == "timeline")
        #expect(answer.answer.contains("Varnhal"))
    }

    @Test func listsWhatHappenedBetweenTwoYearsOldestFirst() async throws {
        let answer = try await Fixtures.makeDossier().ask("What happened between 1950 and 1995?")
        #expect(answer.status == .answered)
        #expect(answer.plugin == "timeline")
        let text = answer.answer
        let relations = try #require(text.range(of: "1952"))
        let varnhal = try #require(text.range(of: "Varnhal"))
        let pellor = try #require(text.range(of: "Pellor"))
        #expect(relations.lowerBound < varnhal.lowerBound)
        #expect(varnhal.lowerBound < pellor.lowerBound)
    }

    @Test(arguments: [
        "How many years passed between Estavia opening its embassy in Varnhal and Norland opening its embassy in Pellor?",
        "how many years between estavia opening an embassy in varnhal and norland opening one in pellor?",
    ])
    func answersTheIntervalBetweenTwoEvents(question: String) async throws {
        let answer = try await Fixtures.makeDossier().ask(question)
        #expect(answer.status == .answered)
        #expect(answer.plugin == "timeline")
        #expect(answer.answer.hasPrefix("12 years"))
        #expect(answer.record.citations.count == 2)
    }

    @Test(arguments: ["What happened in 1890?", "What happened between 2030 and 2040?"])
    func abstainsOnAYearOutsideEveryFact(question: String) async throws {
        let answer = try await Fixtures.makeDossier().ask(question)
        #expect(answer.status == .unknown)
    }

    @Test func abstainsOnAConsulateTheFactsDoNotMention() async throws {
        let answer = try await Fixtures.makeDossier().ask("When did Estavia open a consulate in Varnhal?")
        #expect(answer.status == .unknown)
    }

    @Test func answersCiteTheFixtureSource() async throws {
        let answer = try await Fixtures.makeDossier().ask("When did Norland open its embassy in Pellor?")
        #expect(answer.record.citations.allSatisfy { $0.source == "fixture" })
        #expect(!answer.record.citations.isEmpty)
        #expect(answer.answer.contains("1990"))
    }
}
