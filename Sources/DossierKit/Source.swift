/// A document facts are drawn from, as listed in the corpus's `sources.json`.
public struct Source: Sendable, Hashable, Codable {
    /// Stable identifier (`"wikipedia-guatemala-russia-relations"`).
    public var id: String
    /// The document's title.
    public var title: String
    /// Who published it; empty when the document does not say (a file ingested without a
    /// `sources.json` entry naming its publisher).
    public var publisher: String
    /// What sort of document it is (`"news article"`).
    public var kind: String
    /// Publication date as given by the source (`"2024"`, `"2022-02-27"`), if known.
    public var published: String?
    /// Section headings in document order; citations name one of them.
    public var sections: [String]

    /// Creates a source.
    public init(
        id: String, title: String, publisher: String, kind: String = "document",
        published: String? = nil, sections: [String] = []
    ) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.kind = kind
        self.published = published
        self.sections = sections
    }

    /// The publisher, or nil when it is not known: what a listing or citation shows.
    public var knownPublisher: String? { publisher.isEmpty ? nil : publisher }

    /// "Publisher, date", leaving out whichever the source does not give; nil when it gives neither.
    public var publication: String? {
        let parts = [knownPublisher, published].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
