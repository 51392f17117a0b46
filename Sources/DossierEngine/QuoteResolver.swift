public import DossierKit
public import DossierStore
import DossierLanguage

/// Finds the exact sentence a citation rests on in a stored document: the sentence of
/// the cited section and paragraph that contains the citation's anchor phrase.
///
/// A citation without an anchor is left as it is (extracted facts carry their quote
/// already); one whose anchor is not found in its paragraph loses any old quote, so a
/// stale quote never survives a changed document.
public struct QuoteResolver: Sendable {
    private let source: String
    private let text: [Unicode.Scalar]
    private let paragraphs: [String: [Passage]]

    /// Prepares to resolve citations of one document.
    public init(document: DocumentText) {
        source = document.source.id
        text = Array(document.text.unicodeScalars)
        paragraphs = Dictionary(grouping: document.passages) { Self.key($0.section, $0.paragraph) }
    }

    /// The citation with `quote`, `start` and `end` set from the document.
    public func resolve(_ citation: Citation) -> Citation {
        guard citation.source == source, let anchor = citation.anchor, !anchor.isEmpty else { return citation }
        var resolved = citation
        resolved.quote = nil
        resolved.start = nil
        resolved.end = nil
        let sentences = (paragraphs[Self.key(citation.section, citation.paragraph)] ?? []).sorted { $0.start < $1.start }
        guard let first = sentences.first, let last = sentences.last else { return resolved }
        let needle = Array(anchor.unicodeScalars)
        guard let hit = Self.find(needle, in: text, within: first.start..<last.end) else { return resolved }
        let end = hit + needle.count
        guard let opening = sentences.last(where: { $0.start <= hit }),
              let closing = sentences.first(where: { $0.end >= end }) else { return resolved }
        resolved.start = opening.start
        resolved.end = closing.end
        resolved.quote = ScalarClass.string(text, opening.start..<closing.end)
        return resolved
    }

    private static func key(_ section: String, _ paragraph: Int) -> String { "\(paragraph)|\(section)" }

    /// The offset of the first occurrence of `needle` inside `range`, if any.
    static func find(_ needle: [Unicode.Scalar], in text: [Unicode.Scalar], within range: Range<Int>) -> Int? {
        guard let head = needle.first, range.count >= needle.count else { return nil }
        var index = range.lowerBound
        while index + needle.count <= range.upperBound {
            if text[index] == head, text[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
