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
        if markers.contains(where: lower.contains) || PageFurniture.matches(line) { return true }
        return line.count <= 60 && line.hasSuffix("]") && line.contains(" [")
    }

    /// True for a caption wholly in parentheses ("(Part One)") and for short metadata
    /// lines ("Publication: Eurasia Daily Monitor Volume: 21").
    static func isAside(_ line: String) -> Bool {
        if line.hasPrefix("("), line.hasSuffix(")") { return true }
        guard line.count <= 80, isBare(line, limit: 80), let colon = line.firstIndex(of: ":") else { return false }
        return line[line.index(after: colon)...].hasPrefix(" ")
    }

    /// True for a line of at most `limit` characters that does not end like a sentence.
    static func isBare(_ line: String, limit: Int) -> Bool {
        guard line.count <= limit, let last = line.unicodeScalars.last else { return false }
        return !".!?:;,\"\u{201D}\u{2019}')\u{2026}".unicodeScalars.contains(last)
    }

    /// True for a line that can be a document's title: at most 200 characters, not
    /// ending like a sentence (a closing bracket is fine: "... (Part Two)").
    static func isTitle(_ line: String) -> Bool {
        guard line.count <= 200, let last = line.unicodeScalars.last else { return false }
        return !".!?:;,".unicodeScalars.contains(last)
    }
}
