/// Where a fact comes from: a source, the place inside it, and, once the document has
/// been ingested, the exact sentence.
public struct Citation: Sendable, Hashable, Codable {
    /// The source id, one of those in `sources.json`.
    public var source: String
    /// The source's title, for display.
    public var title: String
    /// Section heading inside the source (`"History"`).
    public var section: String
    /// Paragraph number within the section, from 1.
    public var paragraph: Int
    /// A short phrase from the paragraph that finds the sentence again on ingest.
    public var anchor: String?
    /// The exact sentence from the stored document; empty until the document is ingested.
    public var quote: String?
    /// Character offset of `quote` in the stored document text.
    public var start: Int?
    /// Character offset just past `quote` in the stored document text.
    public var end: Int?

    /// Creates a citation.
    public init(
        source: String, title: String, section: String, paragraph: Int,
        anchor: String? = nil, quote: String? = nil, start: Int? = nil, end: Int? = nil
    ) {
        self.source = source
        self.title = title
        self.section = section
        self.paragraph = paragraph
        self.anchor = anchor
        self.quote = quote
        self.start = start
        self.end = end
    }

    /// Section and paragraph as a reader sees them: `"History, paragraph 2"`.
    public var locator: String { "\(section), paragraph \(paragraph)" }
}
