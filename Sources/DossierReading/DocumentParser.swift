import DossierKit
import DossierLanguage

/// Splits plain text or Markdown into sections, paragraphs and sentences, numbered the
/// way the bundled pack's citations count them.
///
/// - Headings: `= Title =` / `==Section==` (wiki), `# Title` / `## Section` (Markdown),
///   and a short line standing alone without closing punctuation. A short line ending in
///   a colon ("Executive Summary:") heads a list; untitled text after that list goes into
///   "Main text". Text before any heading is "Introduction".
/// - Paragraphs: runs of text lines separated by blank lines; every list item (`- `,
///   `-Item`, `• `, `* `, `1. `) is a paragraph of its own.
/// - Skipped: a `" date YYYY-MM-DD"` prefix on the first line or a ``Dateline`` near the top
///   (either kept as ``ParsedDocument/date``),
///   a title line, lines wholly in parentheses (captions), short `Key: value` lines, and
///   site boilerplate (".gov" banners, links, image credits).
public enum DocumentParser {
    /// Parses a whole text.
    public static func parse(_ text: String) -> ParsedDocument {
        let scalars = Array(text.unicodeScalars)
        return parse(scalars)
    }

    /// Parses text already split into Unicode scalars.
    public static func parse(_ scalars: [Unicode.Scalar]) -> ParsedDocument {
        var builder = SectionBuilder(text: scalars)
        var lines = LineSplitter.lines(scalars)
        if let first = lines.first, let (date, rest) = DatePrefix.read(scalars, first) {
            builder.date = date
            lines[0] = rest
        }
        if builder.date == nil { readDateline(scalars, &lines, into: &builder) }
        var block: [Range<Int>] = []
        for line in lines + [0..<0] {
            if ScalarClass.skipSpace(scalars, from: line.lowerBound, to: line.upperBound) < line.upperBound {
                block.append(line)
            } else if !block.isEmpty {
                builder.add(block: block)
                block = []
            }
        }
        return builder.finish()
    }

    /// Takes the first ``Dateline`` among the leading lines as the document's date and
    /// removes it from the text, so the headline above it stands alone as the title.
    private static func readDateline(_ scalars: [Unicode.Scalar], _ lines: inout [Range<Int>], into builder: inout SectionBuilder) {
        var seen = 0
        for (index, line) in lines.enumerated() {
            let start = ScalarClass.skipSpace(scalars, from: line.lowerBound, to: line.upperBound)
            guard start < line.upperBound else { continue }
            seen += 1
            guard seen <= Dateline.leadingLines else { return }
            if let date = Dateline.date(of: ScalarClass.string(scalars, start..<line.upperBound)) {
                builder.date = date
                lines[index] = line.lowerBound..<line.lowerBound
                return
            }
        }
    }
}

/// Lines of a text as offsets, without their line breaks.
enum LineSplitter {
    static func lines(_ text: [Unicode.Scalar]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        for (index, scalar) in text.enumerated() where scalar == "\n" {
            let end = index > start && text[index - 1] == "\r" ? index - 1 : index
            lines.append(start..<end)
            start = index + 1
        }
        if start < text.count { lines.append(start..<text.count) }
        return lines
    }
}

/// The `" date 2022-02-27 "` prefix some copied news pages carry on their first line.
enum DatePrefix {
    static func read(_ text: [Unicode.Scalar], _ line: Range<Int>) -> (String, Range<Int>)? {
        let start = ScalarClass.skipSpace(text, from: line.lowerBound, to: line.upperBound)
        let marker = Array("date ".unicodeScalars)
        guard line.upperBound - start >= marker.count + 10,
              Array(text[start..<start + marker.count]) == marker else { return nil }
        let dateStart = start + marker.count
        let date = ScalarClass.string(text, dateStart..<dateStart + 10)
        guard TimeValue(date)?.precision == .day else { return nil }
        return (date, (dateStart + 10)..<line.upperBound)
    }
}
