/// One sentence of an ingested document, with where it sits: the section, the paragraph
/// and the character offsets into the stored text.
///
/// Offsets count Unicode scalars (code points) from the start of the stored document
/// text, so `text` is exactly the scalars `start..<end` of that text.
public struct Passage: Sendable, Hashable, Codable {
    /// The source id of the document.
    public var source: String
    /// The document's title, for display.
    public var title: String
    /// The section heading the sentence falls under (`"History"`, `"Introduction"`).
    public var section: String
    /// Paragraph number within the section, from 1; a list item counts as one.
    public var paragraph: Int
    /// Sentence number within the paragraph, from 1.
    public var sentence: Int
    /// Offset of the first character of the sentence in the stored text.
    public var start: Int
    /// Offset just past the last character of the sentence.
    public var end: Int
    /// The sentence, exactly as it stands in the document.
    public var text: String

    /// Creates a passage.
    public init(
        source: String, title: String, section: String, paragraph: Int, sentence: Int,
        start: Int, end: Int, text: String
    ) {
        self.source = source
        self.title = title
        self.section = section
        self.paragraph = paragraph
        self.sentence = sentence
        self.start = start
        self.end = end
        self.text = text
    }

    /// A citation of this sentence, with the sentence as its quote.
    public var citation: Citation {
        Citation(source: source, title: title, section: section, paragraph: paragraph,
                 quote: text, start: start, end: end)
    }
}

/// How well one passage matches a question, as ranked by
/// ``FactQuery/passages(matching:limit:)``.
public struct PassageMatch: Sendable, Hashable {
    /// The passage.
    public var passage: Passage
    /// Overall relevance from 0 to 1.
    public var score: Double
    /// Share of the question's terms (weighted by rarity) found in the passage.
    public var termCoverage: Double
    /// Share of the question's entities the passage names.
    public var entityCoverage: Double
    /// True when every year the question names appears in the passage (or it names none).
    public var yearsMatch: Bool
    /// Question terms the passage does not contain.
    public var missingTerms: [String]

    /// Creates a match from a score alone: full coverage, nothing missing. Set other
    /// fields after.
    public init(passage: Passage, score: Double) {
        self.init(passage: passage, score: score, termCoverage: 1, entityCoverage: 1, yearsMatch: true, missingTerms: [])
    }

    /// Creates a match with every field.
    public init(
        passage: Passage, score: Double, termCoverage: Double, entityCoverage: Double,
        yearsMatch: Bool, missingTerms: [String]
    ) {
        self.passage = passage
        self.score = score
        self.termCoverage = termCoverage
        self.entityCoverage = entityCoverage
        self.yearsMatch = yearsMatch
        self.missingTerms = missingTerms
    }
}
