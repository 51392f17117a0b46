import DossierKit

/// A timeline as one self-contained SVG picture: a legend, one lane per kind of event,
/// a labelled year axis above and below, each event drawn at its precision with its
/// source and locator in a `<title>` a browser shows on hover, and events whose sources
/// give different dates linked by a dashed line. No scripts, fonts or images are loaded.
public enum SVGTimeline {
    /// The picture; nil when there are no events (say so instead of drawing nothing).
    public static func render(_ events: [TimelineEvent], title: String) -> String? {
        guard !events.isEmpty else { return nil }
        let layout = TimelineLayout(events: events)
        typealias M = TimelineLayout.Metrics
        let width = svgNumber(M.width), height = svgNumber(layout.height)
        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" \
            role="img" aria-labelledby="timeline-title" font-family="DejaVu Sans, Verdana, Arial, sans-serif" font-size="\(svgNumber(M.fontSize))">
            <title id="timeline-title">\(XMLText.escape(title))</title>
            <style>
            .lane-name { font-weight: bold; font-size: 12px; }
            .year { fill: #333; font-size: 11px; }
            .label { fill: #1a1a1a; }
            .event:hover .label { font-weight: bold; }
            .grid { stroke: #ddd; stroke-width: 1; }
            .link { fill: none; stroke: #B00020; stroke-width: 1.5; stroke-dasharray: 4 3; }
            </style>
            <rect width="100%" height="100%" fill="#ffffff"/>

            """
        out += legend(layout)
        out += axis(layout)
        for lane in layout.lanes { out += laneGroup(lane) }
        out += links(layout)
        out += "</svg>\n"
        return out
    }

    private static func legend(_ layout: TimelineLayout) -> String {
        typealias M = TimelineLayout.Metrics
        var out = "<g class=\"legend\">\n"
        var x = 12.0
        for lane in layout.lanes.map(\.lane) {
            out += "<rect x=\"\(svgNumber(x))\" y=\"12\" width=\"14\" height=\"10\" fill=\"\(lane.color)\"/>"
            out += "<text x=\"\(svgNumber(x + 19))\" y=\"21\">\(XMLText.escape(lane.title))</text>\n"
            x += 19 + Double(lane.title.count) * M.glyphWidth + 18
        }
        // The key to the marks, each sample drawn as the picture draws it.
        x = 12
        let y = 42.0
        func sample(_ shape: String, _ text: String) -> String {
            defer { x += 30 + Double(text.count) * M.glyphWidth + 22 }
            return shape + "<text x=\"\(svgNumber(x + 30))\" y=\"\(svgNumber(y + 4))\" fill=\"#444\">\(XMLText.escape(text))</text>\n"
        }
        out += sample("<circle cx=\"\(svgNumber(x + 12))\" cy=\"\(svgNumber(y))\" r=\"4.5\" fill=\"#555\"/>", "a day")
        out += sample("<rect x=\"\(svgNumber(x))\" y=\"\(svgNumber(y - 6))\" width=\"24\" height=\"12\" rx=\"2\" fill=\"#555\" fill-opacity=\"0.35\" stroke=\"#555\"/>",
                      "a month, year, decade or span, drawn over that time")
        out += sample("<rect x=\"\(svgNumber(x))\" y=\"\(svgNumber(y - 6))\" width=\"24\" height=\"12\" rx=\"2\" fill=\"#555\" fill-opacity=\"0.35\" stroke=\"#555\" stroke-dasharray=\"5 3\"/>"
                      + "<path d=\"M\(svgNumber(x + 16)) \(svgNumber(y - 5)) l8 5 l-8 5 z\" fill=\"#555\"/>", "open-ended")
        out += sample("<path class=\"link\" d=\"M\(svgNumber(x)) \(svgNumber(y + 4)) C\(svgNumber(x + 6)) \(svgNumber(y - 8)) \(svgNumber(x + 18)) \(svgNumber(y - 8)) \(svgNumber(x + 24)) \(svgNumber(y + 4))\"/>",
                      "\u{2260} sources give different dates")
        out += "<text x=\"\(svgNumber(x))\" y=\"\(svgNumber(y + 4))\" fill=\"#444\" font-style=\"italic\">Hover a mark for its source, locator and quote.</text>\n"
        return out + "</g>\n"
    }

    private static func axis(_ layout: TimelineLayout) -> String {
        typealias M = TimelineLayout.Metrics
        let top = layout.plotTop, bottom = layout.plotBottom
        var out = "<g class=\"axis\">\n"
        out += "<line x1=\"\(svgNumber(M.laneHeaderWidth))\" y1=\"\(svgNumber(top))\" x2=\"\(svgNumber(M.width - M.rightMargin))\" y2=\"\(svgNumber(top))\" stroke=\"#444\"/>\n"
        out += "<line x1=\"\(svgNumber(M.laneHeaderWidth))\" y1=\"\(svgNumber(bottom))\" x2=\"\(svgNumber(M.width - M.rightMargin))\" y2=\"\(svgNumber(bottom))\" stroke=\"#444\"/>\n"
        for segment in layout.scale.segments {
            let x0 = svgNumber(segment.x0)
            if segment.isBreak {
                let middle = (segment.x0 + segment.x1) / 2
                let span = "\(segment.firstYear)\u{2013}\(segment.endYear - 1): no event begins or ends"
                out += "<g class=\"break\"><title>\(XMLText.escape(span))</title>"
                for y in [top, bottom] {
                    out += "<path d=\"M\(svgNumber(middle - 5)) \(svgNumber(y + 5)) l5 -10 M\(svgNumber(middle)) \(svgNumber(y + 5)) l5 -10\" stroke=\"#444\" fill=\"none\"/>"
                }
                out += "<rect x=\"\(x0)\" y=\"\(svgNumber(top))\" width=\"\(svgNumber(segment.x1 - segment.x0))\" height=\"\(svgNumber(bottom - top))\" fill=\"#f3f3f3\"/></g>\n"
                continue
            }
            out += "<line class=\"grid\" x1=\"\(x0)\" y1=\"\(svgNumber(top))\" x2=\"\(x0)\" y2=\"\(svgNumber(bottom))\"/>\n"
        }
        for tick in yearLabels(layout.scale) {
            let x = svgNumber(tick.x)
            out += "<text class=\"year\" x=\"\(x)\" y=\"\(svgNumber(top - 8))\" text-anchor=\"middle\">\(tick.year)</text>"
            out += "<text class=\"year\" x=\"\(x)\" y=\"\(svgNumber(bottom + 18))\" text-anchor=\"middle\">\(tick.year)</text>\n"
        }
        return out + "</g>\n"
    }

    /// Years labelled on the axis: every year where an event begins or ends, the busiest
    /// first, skipping any label that would touch one already placed; then the edges of
    /// scaled stretches where there is room.
    static func yearLabels(_ scale: TimelineScale) -> [(year: Int, x: Double)] {
        typealias M = TimelineLayout.Metrics
        let candidates = scale.segments.filter { !$0.isBreak }
            .sorted { ($0.isEventYear ? 1 : 0, $0.events, -$0.firstYear) > ($1.isEventYear ? 1 : 0, $1.events, -$1.firstYear) }
        var placed: [(year: Int, x: Double)] = []
        let half = 2.5 * M.glyphWidth
        for segment in candidates {
            let x = (segment.x0 + segment.x1) / 2
            guard segment.isEventYear || segment.x1 - segment.x0 > 2 * half else { continue }
            if placed.allSatisfy({ abs($0.x - x) >= 2 * half + 4 }) { placed.append((segment.firstYear, x)) }
        }
        return placed.sorted { $0.x < $1.x }
    }

    private static func laneGroup(_ lane: TimelineLayout.Lane) -> String {
        typealias M = TimelineLayout.Metrics
        let shade = TimelineLane.allCases.firstIndex(of: lane.lane)! % 2 == 0 ? "#fafafa" : "#f2f5f9"
        var out = "<g class=\"lane\" data-lane=\"\(lane.lane.rawValue)\">\n"
        out += "<rect x=\"0\" y=\"\(svgNumber(lane.top))\" width=\"\(svgNumber(M.width))\" height=\"\(svgNumber(lane.height))\" fill=\"\(shade)\" fill-opacity=\"0.7\"/>\n"
        out += "<rect x=\"0\" y=\"\(svgNumber(lane.top))\" width=\"5\" height=\"\(svgNumber(lane.height))\" fill=\"\(lane.lane.color)\"/>\n"
        out += "<text class=\"lane-name\" x=\"12\" y=\"\(svgNumber(lane.top + 20))\" fill=\"\(lane.lane.color)\">\(XMLText.escape(lane.lane.title))</text>\n"
        let count = lane.placements.count
        out += "<text x=\"12\" y=\"\(svgNumber(lane.top + 35))\" fill=\"#555\">\(count) event\(count == 1 ? "" : "s")</text>\n"
        for placement in lane.placements { out += SVGEventMark.render(placement, color: lane.lane.color) }
        return out + "</g>\n"
    }

    private static func links(_ layout: TimelineLayout) -> String {
        let placements = layout.lanes.flatMap(\.placements)
        let byID = Dictionary(placements.map { ($0.event.id, $0) }, uniquingKeysWith: { a, _ in a })
        var out = ""
        for a in placements {
            for id in a.event.conflicts where a.event.id < id {
                guard let b = byID[id] else { continue }
                let (ax, bx) = ((a.markStart + a.markEnd) / 2, (b.markStart + b.markEnd) / 2)
                let bend = min(a.y, b.y) - 14
                out += "<path class=\"link\" data-from=\"\(XMLText.escape(a.event.id))\" data-to=\"\(XMLText.escape(id))\" "
                out += "d=\"M\(svgNumber(ax)) \(svgNumber(a.y)) C\(svgNumber(ax)) \(svgNumber(bend)) \(svgNumber(bx)) \(svgNumber(bend)) \(svgNumber(bx)) \(svgNumber(b.y))\">"
                out += "<title>\(XMLText.escape("Sources differ on the date: \(a.event.dateLabel) (\(sourceList(a.event))) and \(b.event.dateLabel) (\(sourceList(b.event)))"))</title></path>\n"
            }
        }
        return out.isEmpty ? "" : "<g class=\"links\">\n" + out + "</g>\n"
    }

    static func sourceList(_ event: TimelineEvent) -> String {
        event.citations.map(\.title).joined(separator: "; ")
    }
}
