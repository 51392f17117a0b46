import DossierLanguage
/// Lines that belong to a web page's frame rather than its text: government site
/// banners, links, image credits, captions, `Key: value` metadata and a page's
/// buttons, credits and bylines (``PageFurniture``).
enum Boilerplate {
    private static let markers = [
        "official website", ".gov website", "websites use .gov", "here's how you know",
        "share sensitive information", "://",
    ]

    /// The most bytes a banner, link or credit line holds.
    static let longestLine = 300

    /// True for banner and link lines and image credits ("Guatemala [Shutterstock]"),
    /// none of them longer than 300 bytes.
    static func matches(_ line: String) -> Bool {
        guard line.utf8.count <= longestLine else { return false }  // banners and credits are short
        let lower = line.lowercased()
        if markers.contains(where: { mayContain(lower, $0) && lower.contains($0) }) || PageFurniture.matches(line) { return true }
        return fits(line, 60) && line.hasSuffix("]") && line.contains(" [")
    }

    /// True for a caption wholly in parentheses ("(Part One)") and for short metadata
    /// lines ("Publication: Eurasia Daily Monitor Volume: 21").
    static func isAside(_ line: String) -> Bool {
        if line.hasPrefix("("), line.hasSuffix(")") { return true }
        guard fits(line, 80), isBare(line, limit: 80), let colon = line.firstIndex(of: ":") else { return false }
        return line[line.index(after: colon)...].hasPrefix(" ")
    }

    /// True for a line of at most `limit` characters that does not end like a sentence.
    static func isBare(_ line: String, limit: Int) -> Bool {
        guard fits(line, limit), let last = line.unicodeScalars.last else { return false }
        return !".!?:;,\"\u{201D}\u{2019}')\u{2026}".unicodeScalars.contains(last)
    }

    /// True for a line that can be a document's title: at most 200 characters, not
    /// ending like a sentence (a closing bracket is fine: "... (Part Two)").
    static func isTitle(_ line: String) -> Bool {
        guard fits(line, 200), let last = line.unicodeScalars.last else { return false }
        return !".!?:;,".unicodeScalars.contains(last)
    }

    /// `line.count <= limit`, counting no further than the limit.
    static func fits(_ line: String, _ limit: Int) -> Bool {
        line.utf8.count <= limit || line.dropFirst(limit).isEmpty
    }

    /// False when `marker`'s bytes (ASCII) are nowhere in `text`'s: then no search finds it.
    static func mayContain(_ text: String, _ marker: String) -> Bool {
        let bytes = Array(text.utf8)
        let needle = Array(marker.utf8)
        guard !needle.isEmpty else { return true }
        guard bytes.count >= needle.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if bytes[start..<start + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }
}
