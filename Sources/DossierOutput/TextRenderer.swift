public import DossierKit

/// Prints an ``AnswerRecord`` for people: the short answer first, then numbered sources
/// with the quoted sentence when there is one, then any alternatives.
///
/// Every string passes the ``TerminalSanitizer``; colour is used only when asked for,
/// and lines are wrapped to `width` when one is given.
public struct TextRenderer: Sendable {
    /// Whether to colour the output with ANSI escapes.
    public var color: Bool
    /// Wrap width in columns; nil for no wrapping.
    public var width: Int?
    private let publishers: [String: String]

    /// Creates a renderer that names each source's publisher.
    public init(sources: [Source], color: Bool = false, width: Int? = nil) {
        self.color = color
        self.width = width
        publishers = Dictionary(sources.compactMap { source in source.knownPublisher.map { (source.id, $0) } }, uniquingKeysWith: { a, _ in a })
    }

    /// The record as lines of text, ending with a newline.
    public func render(_ record: AnswerRecord) -> String {
        var lines: [String] = []
        switch record.status {
        case .answered:
            lines += wrap(record.answer ?? "", indent: "", style: "1")
            lines += sourceLines(record.citations, indent: "  ")
            for alternative in record.alternatives {
                let head = "or (\(alternative.plugin), \(Self.format(alternative.confidence))): "
                lines += wrap(head + alternative.answer, indent: "  ", style: "2")
            }
        case .unknown:
            lines += wrap("Unknown: no fact in the store answers this.", indent: "", style: "33")
            for related in record.related {
                lines += wrap("related: " + related.statement + citationTags(related.citations), indent: "  ", style: "2")
            }
        case .error:
            let failure = record.error ?? AnswerRecord.Failure(code: "error", message: "unknown error")
            lines += wrap("error (\(failure.code)): \(failure.message)", indent: "", style: "31")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func sourceLines(_ citations: [Citation], indent: String) -> [String] {
        var lines: [String] = []
        for (number, citation) in citations.enumerated() {
            let publisher = publishers[citation.source].map { " (\($0))" } ?? ""
            lines += wrap("[\(number + 1)] \(citation.title)\(publisher), \(citation.locator)", indent: indent, style: "2")
            if let quote = citation.quote, !quote.isEmpty {
                lines += wrap("\u{201C}\(quote)\u{201D}", indent: indent + "    ", style: "2;3")
            }
        }
        return lines
    }

    private func citationTags(_ citations: [Citation]) -> String {
        citations.isEmpty ? "" : " [" + citations.map { "\($0.source), \($0.locator)" }.joined(separator: "; ") + "]"
    }

    /// A confidence as "0.92", "0.05" or "1.00".
    public static func format(_ confidence: Double) -> String {
        let hundredths = Int((min(1, max(0, confidence)) * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + String(fraction)
    }

    /// Sanitises, wraps at word boundaries and styles each resulting line.
    private func wrap(_ text: String, indent: String, style: String) -> [String] {
        let clean = TerminalSanitizer.clean(text)
        let lines = width.map { LineWrapper.lines(clean, width: max(20, $0 - indent.count)) } ?? [clean]
        return lines.map { indent + (color ? "\u{1B}[\(style)m\($0)\u{1B}[0m" : $0) }
    }
}

/// Breaks text into lines no wider than a column count, at spaces where possible; runs
/// of spaces inside a line are kept (they align columns), a word longer than a line is cut.
/// The shell and the text renderer both lay text out through it.
public enum LineWrapper {
    /// `text` in lines of at most `width` columns: the first starts with `indent`, the
    /// rest with `hanging` (or `indent`).
    public static func lines(_ text: String, width: Int, indent: String = "", hanging: String? = nil) -> [String] {
        let rest = hanging ?? indent
        var lines: [String] = []
        var current = indent
        var fresh = true
        // Empty pieces are runs of spaces, kept inside a line and dropped at a break.
        for piece in text.split(separator: " ", omittingEmptySubsequences: false) {
            if piece.isEmpty {
                if !fresh { current += " " }
                continue
            }
            var word = Substring(piece)
            if !fresh && current.count + 1 + word.count > width {
                lines.append(current)
                current = rest
                fresh = true
            }
            while current.count + word.count > width && word.count > 1 {
                let room = max(1, width - current.count - (fresh ? 0 : 1))
                current += (fresh ? "" : " ") + word.prefix(room)
                lines.append(current)
                word = word.dropFirst(room)
                current = rest
                fresh = true
            }
            current += (fresh ? "" : " ") + word
            fresh = false
        }
        lines.append(current)
        return lines
    }
}
