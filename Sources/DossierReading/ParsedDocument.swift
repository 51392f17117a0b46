import DossierLanguage
/// A document split the way citations count it: sections, paragraphs (a list item is
/// one paragraph) and sentences, each located by offsets into the original text.
///
/// Offsets count Unicode scalars from the start of the text, the unit ``Passage`` uses.
public struct ParsedDocument: Sendable, Hashable {
    /// The title line (`= Title =`, `# Title`, or a first line standing alone), if any.
    public var title: String?
    /// The document's own date: a `" date 2022-02-27 ..."` prefix on the first line, as
    /// written, or the day of a ``Dateline`` near the top ("Published 14 June 2023"), as
    /// ISO text.
    public var date: String?
    /// The sections that hold at least one paragraph, in document order.
    public var sections: [Section]

    /// One section: its heading and its paragraphs.
    public struct Section: Sendable, Hashable {
        /// The heading; `"Introduction"` for an untitled opening part and `"Main text"`
        /// for untitled text after a list-only section such as an executive summary.
        public var name: String
        /// The paragraphs, numbered from 1.
        public var paragraphs: [Paragraph]
    }

    /// One paragraph: where it lies and its sentences.
    public struct Paragraph: Sendable, Hashable {
        /// Number within its section, from 1.
        public var number: Int
        /// The paragraph's offsets, without a list marker or surrounding spaces.
        public var range: Range<Int>
        /// Each sentence's offsets, in order.
        public var sentences: [Range<Int>]
    }

    /// Section names in document order.
    public var sectionNames: [String] { sections.map(\.name) }
}
