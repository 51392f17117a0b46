import DossierKit

/// A timeline as one HTML page that needs no network: the SVG picture inline and, under
/// it, every event in a table with its date, lane, statement, quotes and citations. A
/// content security policy forbids the page to load anything.
public enum HTMLTimeline {
    /// The page; nil when there are no events.
    public static func render(_ events: [TimelineEvent], title: String) -> String? {
        guard let svg = SVGTimeline.render(events, title: title) else { return nil }
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(XMLText.escape(title))</title>
            <style>
            body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; margin: 1.5em; color: #1a1a1a; }
            .picture { border: 1px solid #ddd; }
            .picture svg { display: block; max-width: 100%; height: auto; }
            table { border-collapse: collapse; margin-top: 1.5em; width: 100%; font-size: 14px; }
            th, td { border-bottom: 1px solid #ddd; padding: 6px 8px; text-align: left; vertical-align: top; }
            th { background: #f2f2f2; }
            td.date { white-space: nowrap; }
            .lane { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.4em; }
            blockquote.anchor { font-style: italic; }
            blockquote { margin: 0.3em 0 0 0; padding-left: 0.6em; border-left: 3px solid #ccc; color: #444; }
            .differs { color: #B00020; }
            </style>
            </head>
            <body>
            <h1>\(XMLText.escape(title))</h1>
            <p>\(events.count) dated event\(events.count == 1 ? "" : "s"); hover a mark for its source. The table lists each with its quotes and citations.</p>
            <div class="picture">
            \(svg)</div>
            <table>
            <thead><tr><th>Date</th><th>Kind</th><th>Event and quotes</th><th>Sources</th></tr></thead>
            <tbody>

            """
        for event in events { out += row(event) }
        out += "</tbody>\n</table>\n</body>\n</html>\n"
        return out
    }

    /// Citations of one section of one source said once: "Title, History, paragraphs 1 and 2 (id)".
    static func citationGroups(_ citations: [Citation]) -> [String] {
        var order: [String] = []
        var groups: [String: (Citation, [Int])] = [:]
        for citation in citations {
            let key = citation.source + "\u{0}" + citation.section
            if groups[key] == nil { order.append(key); groups[key] = (citation, []) }
            if !groups[key]!.1.contains(citation.paragraph) { groups[key]!.1.append(citation.paragraph) }
        }
        return order.map { key in
            let (citation, paragraphs) = groups[key]!
            let numbers = paragraphs.sorted().map(String.init)
            let said = numbers.count == 1 ? "paragraph \(numbers[0])"
                : "paragraphs \(numbers.dropLast().joined(separator: ", ")) and \(numbers.last!)"
            return "\(XMLText.escape(citation.title)), \(XMLText.escape(citation.section)), \(said) <small>(\(XMLText.escape(citation.source)))</small>"
        }
    }

    private static func row(_ event: TimelineEvent) -> String {
        var out = "<tr id=\"event-\(XMLText.escape(event.id))\">"
        out += "<td class=\"date\">\(XMLText.escape(event.dateLabel))</td>"
        out += "<td><span class=\"lane\" style=\"background:\(event.lane.color)\"></span>\(XMLText.escape(event.lane.title))</td>"
        out += "<td>\(XMLText.escape(event.statement))"
        let quotes = event.citations.compactMap { $0.quote }.filter { !$0.isEmpty }
        for quote in quotes { out += "<blockquote>\u{201C}\(XMLText.escape(quote))\u{201D}</blockquote>" }
        if quotes.isEmpty {
            // Until its document is ingested a bundled fact has no quote, only the short
            // phrase of the source that finds the sentence again.
            for anchor in Set(event.citations.compactMap(\.anchor)).sorted() where !anchor.isEmpty {
                out += "<blockquote class=\"anchor\">source phrase: \u{201C}\(XMLText.escape(anchor))\u{201D}</blockquote>"
            }
        }
        if !event.conflicts.isEmpty {
            let links = event.conflicts.map { "<a href=\"#event-\(XMLText.escape($0))\">\(XMLText.escape($0))</a>" }
            out += "<div class=\"differs\">Another source gives a different date: \(links.joined(separator: ", "))</div>"
        }
        out += "</td><td>"
        out += citationGroups(event.citations).joined(separator: "<br>")
        return out + "</td></tr>\n"
    }
}
