import DossierKit
import DossierOutput
import Foundation
import Testing

/// The SVG picture of `dossier timeline`, read back as XML.
struct SVGTimelineTests {
    let events = TimelineSelection().events(in: TimelineFixture.index)

    func picture(_ events: [TimelineEvent]) throws -> (String, XMLElements) {
        let svg = try #require(SVGTimeline.render(events, title: "Fixture timeline"))
        let xml = XMLElements.parse(svg)
        #expect(xml.error == nil, "not well-formed XML: \(xml.error ?? "")")
        return (svg, xml)
    }

    @Test func isWellFormedWithOneMarkPerDatedEvent() throws {
        let (_, xml) = try picture(events)
        let marks = xml.indices(named: "g", class: "event")
        let ids = marks.compactMap { xml.elements[$0].attributes["data-id"] }
        #expect(Set(ids) == Set(TimelineFixture.facts.filter { $0.time != nil }.map(\.id)))
        #expect(ids.count == 10)
        #expect(!ids.contains("aid-undated"))
    }

    @Test func eachMarkCarriesItsSourceAndLocatorInATitle() throws {
        let (_, xml) = try picture(events)
        for index in xml.indices(named: "g", class: "event") {
            let id = try #require(xml.elements[index].attributes["data-id"])
            let fact = try #require(TimelineFixture.facts.first { $0.id == id })
            let title = try #require(xml.children(of: index, named: "title").first?.text, "no <title> for \(id)")
            for citation in fact.citations {
                #expect(title.contains(citation.title), "\(id): \(title)")
                #expect(title.contains(citation.locator), "\(id): \(title)")
            }
            #expect(title.contains(String(fact.time!.from!)), "\(id): \(title)")
        }
    }

    @Test func theAxisLabelsTheEventYears() throws {
        let (_, xml) = try picture(events)
        let years = Set(xml.named("text").filter { $0.attributes["class"] == "year" }.map(\.text))
        for year in ["1821", "1952", "1978", "1981", "1995", "2007", "2024"] {
            #expect(years.contains(year), "year \(year) missing from the axis: \(years.sorted())")
        }
    }

    @Test func marksFollowThePrecision() throws {
        let (_, xml) = try picture(events)
        func shapes(of id: String) -> [String] {
            guard let index = xml.indices(named: "g", class: "event").first(where: { xml.elements[$0].attributes["data-id"] == id })
            else { return [] }
            return xml.elements.filter { $0.parent == index }.map(\.name)
        }
        #expect(shapes(of: "relations-established").contains("circle"))  // a day: a point
        #expect(shapes(of: "visit-2007").contains("rect"))  // a month: a span
        #expect(shapes(of: "relations-frozen").contains("rect"))  // part of a decade: a span
        #expect(!shapes(of: "trade-span").contains("circle"))
    }

    @Test func differingDatesFromTwoSourcesAreBothShownAndLinked() throws {
        let (_, xml) = try picture(events)
        let links = xml.named("path").filter { $0.attributes["class"] == "link" && $0.attributes["data-from"] != nil }
        #expect(links.count == 1)
        let ends = Set(links.compactMap { $0.attributes["data-from"] } + links.compactMap { $0.attributes["data-to"] })
        #expect(ends == ["embassy-gazette", "embassy-annals"])
        let event = try #require(events.first { $0.id == "embassy-gazette" })
        #expect(event.conflicts == ["embassy-annals"])
        // The same happening in two forms from one source is not a disagreement.
        #expect(events.first { $0.id == "statement-2007-a" }?.conflicts == [])
    }

    @Test func lanesHaveALegend() throws {
        let (_, xml) = try picture(events)
        let lanes = Set(xml.named("g").compactMap { $0.attributes["data-lane"] })
        #expect(lanes == ["relations", "embassies", "visits", "trade", "statements", "other"])
        let legend = try #require(xml.indices(named: "g", class: "legend").first)
        let names = xml.children(of: legend, named: "text").map(\.text)
        for lane in TimelineLane.allCases { #expect(names.contains(lane.title)) }
    }

    @Test func labelsInARowDoNotOverlap() throws {
        let (_, xml) = try picture(events)
        // Estimated the same way for every label: a wide glyph per character.
        let labels = xml.named("text").filter { $0.attributes["class"] == "label" }.map { label -> (y: String, range: ClosedRange<Double>) in
            let x = Double(label.attributes["x"]!)!
            let width = Double(label.text.count) * 6.7
            let range = label.attributes["text-anchor"] == "end" ? (x - width)...x : x...(x + width)
            return (label.attributes["y"]!, range)
        }
        #expect(labels.count == 10)
        for (i, a) in labels.enumerated() {
            for b in labels[(i + 1)...] where a.y == b.y {
                #expect(!a.range.overlaps(b.range), "labels overlap at y \(a.y): \(a.range) and \(b.range)")
            }
        }
    }

    @Test func markupInAStatementIsEscapedNotInjected() throws {
        let (svg, xml) = try picture(events)
        #expect(!svg.contains("<visit>"))
        #expect(xml.named("visit").isEmpty)
        #expect(xml.named("title").contains { $0.text.contains("the <visit> & talks were \"useful\"") })
    }

    @Test func loadsNothing() throws {
        let (svg, xml) = try picture(events)
        #expect(xml.named("script").isEmpty && xml.named("image").isEmpty && xml.named("use").isEmpty)
        #expect(!svg.contains("href") && !svg.contains("url(") && !svg.contains("@import"))
    }

    @Test func noEventsGiveNoPicture() {
        #expect(SVGTimeline.render([], title: "empty") == nil)
        #expect(HTMLTimeline.render([], title: "empty") == nil)
        #expect(TimelineText.render([]) == nil)
    }
}
