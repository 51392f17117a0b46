import DossierKit

/// One event's mark, label and tooltip in the SVG picture.
enum SVGEventMark {
    static func render(_ p: TimelineLayout.Placement, color: String) -> String {
        typealias M = TimelineLayout.Metrics
        let event = p.event
        var out = "<g class=\"event\" data-id=\"\(XMLText.escape(event.id))\" data-time=\"\(XMLText.escape(event.time.text))\" "
        out += "data-precision=\"\(event.time.precision.rawValue)\" data-sources=\"\(XMLText.escape(event.citations.map(\.source).joined(separator: " ")))\">"
        out += "<title>\(XMLText.escape(tooltip(event)))</title>"
        let y = svgNumber(p.y)
        if p.isPoint {
            out += "<circle cx=\"\(svgNumber(p.markStart))\" cy=\"\(y)\" r=\"\(svgNumber(M.pointRadius))\" fill=\"\(color)\" stroke=\"#fff\"/>"
        } else {
            let dash = p.openStart || p.openEnd ? " stroke-dasharray=\"5 3\"" : ""
            let opacity = event.time.precision == .month ? "0.85" : "0.35"
            out += "<rect x=\"\(svgNumber(p.markStart))\" y=\"\(svgNumber(p.y - 6))\" width=\"\(svgNumber(p.markEnd - p.markStart))\" height=\"12\" rx=\"2\" "
            out += "fill=\"\(color)\" fill-opacity=\"\(opacity)\" stroke=\"\(color)\"\(dash)/>"
            if p.openStart {
                out += "<path d=\"M\(svgNumber(p.markStart + 8)) \(svgNumber(p.y - 5)) l-8 5 l8 5 z\" fill=\"\(color)\"/>"
            }
            if p.openEnd {
                out += "<path d=\"M\(svgNumber(p.markEnd - 8)) \(svgNumber(p.y - 5)) l8 5 l-8 5 z\" fill=\"\(color)\"/>"
            }
        }
        let anchor = p.labelEndsAtX ? " text-anchor=\"end\"" : ""
        out += "<text class=\"label\" x=\"\(svgNumber(p.labelX))\" y=\"\(svgNumber(p.y + 4))\"\(anchor)>\(XMLText.escape(p.label))</text>"
        return out + "</g>\n"
    }

    /// What hovering shows: the date at its precision, the statement, and every source
    /// with its locator and quote.
    static func tooltip(_ event: TimelineEvent) -> String {
        var lines = ["\(event.dateLabel) (\(event.time.precision.rawValue)): \(event.statement)"]
        for citation in event.citations {
            lines.append("Source: \(citation.title) [\(citation.source)], \(citation.locator)")
            if let quote = citation.quote, !quote.isEmpty { lines.append("\u{201C}\(XMLText.shortened(quote, to: 300))\u{201D}") }
        }
        if !event.conflicts.isEmpty { lines.append("Another source gives a different date: \(event.conflicts.joined(separator: ", "))") }
        return lines.joined(separator: "\n")
    }
}
