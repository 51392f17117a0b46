import DossierIndex
import DossierKit
import Foundation
import DossierOutput
import Testing

/// Which events a timeline selects, and the HTML and text forms.
struct TimelineSelectionTests {
    let index = TimelineFixture.index

    @Test func onlyDatedFactsOldestFirst() {
        let events = TimelineSelection().events(in: index)
        #expect(events.first?.id == "trade-span")
        #expect(events.map(\.time).sorted() == events.map(\.time))
        #expect(!events.contains { $0.id == "aid-undated" })
    }

    @Test func anEntityKeepsTheEventsInvolvingIt() throws {
        let pellor = try #require(TimelineSelection.entity(named: "  pellor ", in: index.entities))
        let events = TimelineSelection(entity: pellor).events(in: index)
        #expect(Set(events.map(\.id)) == ["embassy-gazette", "embassy-annals", "pellor-fair"])
        #expect(TimelineSelection.entity(named: "ESTAVIA", in: index.entities)?.id == "estavia")
        #expect(TimelineSelection.entity(named: "Estávia", in: index.entities)?.id == "estavia")
        #expect(TimelineSelection.entity(named: "Atlantis", in: index.entities) == nil)
    }

    @Test func yearsKeepOverlappingEvents() {
        let events = TimelineSelection(from: 1975, to: 1990).events(in: index)
        // The 1821..2024 span overlaps every year, so it stays.
        #expect(Set(events.map(\.id)) == ["embassy-gazette", "embassy-annals", "trade-span"])
        let late = TimelineSelection(from: 2007).events(in: index)
        #expect(Set(late.map(\.id)) == ["trade-span", "visit-2007", "statement-2007-a", "statement-2007-b", "statement-2007-c"])
    }

    @Test func anEmptySelectionSaysWhatWasAskedAndWhatToTry() throws {
        let estavia = try #require(TimelineSelection.entity(named: "Estavia", in: index.entities))
        let selection = TimelineSelection(entity: estavia, from: 1800, to: 1810)
        #expect(selection.events(in: index).isEmpty)
        #expect(selection.emptyMessage == "no dated events about Estavia from 1800 to 1810 in the store; widen --from/--to")
    }

    @Test func htmlHoldsThePictureInlineAndATableWithQuotesAndCitations() throws {
        let events = TimelineSelection().events(in: index)
        let html = try #require(HTMLTimeline.render(events, title: "Fixture"))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(html.contains("<table>"))
        #expect(html.components(separatedBy: "<tr id=\"event-").count - 1 == events.count)
        #expect(html.contains("\u{201C}Relations began in the spring of 1952.\u{201D}"))
        #expect(html.contains("The Norland Gazette, History, paragraph 1"))
        #expect(html.contains("default-src 'none'"))
        #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("href=\"http"))
    }

    @Test func textIsOneLinePerEventWithItsCitation() throws {
        let text = try #require(TimelineText.render(TimelineSelection(from: 1950, to: 1953).events(in: index)))
        let lines = text.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.contains { $0.contains("14 March 1952") && $0.contains("[norland-gazette, History, paragraph 1]") })
    }
}
