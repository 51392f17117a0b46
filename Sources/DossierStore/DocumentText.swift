public import DossierKit
public import Foundation

/// A parsed document on its way into the store: its source, its full text and its
/// sentences with offsets into that text.
public struct DocumentText: Sendable {
    /// The source the document is (its id keys the document in the store).
    public var source: Source
    /// The file it was read from.
    public var path: String
    /// A hash of the text; the same hash means the same document.
    public var contentHash: String
    /// The whole text, exactly as read.
    public var text: String
    /// Every sentence, in document order.
    public var passages: [Passage]
    /// True when a `sources.json` gave the source id; false when it was made from the
    /// file name. Only a listed id may take over a source of the bundled fact pack.
    public var idFromCatalog: Bool

    /// Creates a document.
    public init(
        source: Source, path: String, contentHash: String, text: String, passages: [Passage], idFromCatalog: Bool = false
    ) {
        self.source = source
        self.path = path
        self.contentHash = contentHash
        self.text = text
        self.passages = passages
        self.idFromCatalog = idFromCatalog
    }

    /// The file's absolute path with `.`, `..` and symbolic links resolved: two paths
    /// name the same document file exactly when these are equal.
    public static func canonicalPath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}

/// A stored document as `dossier sources` and `dossier check` see it.
public struct DocumentInfo: Sendable, Hashable {
    /// The source id.
    public var source: String
    /// The file it was read from.
    public var path: String
    /// The hash of its text.
    public var contentHash: String
    /// Size of the text in UTF-8 bytes.
    public var byteCount: Int
    /// Length of the text in Unicode scalars, the unit of passage offsets.
    public var characterCount: Int
    /// How many sentences it was split into.
    public var passageCount: Int
    /// When it was last ingested.
    public var ingestedAt: Date
}

/// What ingesting one document did.
public enum IngestOutcome: String, Sendable {
    /// The source had no document; it has one now.
    case added
    /// The source's document changed and its old version was replaced.
    case replaced
    /// The same text was already stored; nothing was written.
    case unchanged
}

/// What forgetting a source removed.
public struct ForgetOutcome: Sendable, Hashable {
    /// Documents removed (0 or 1).
    public var documents: Int
    /// Sentences removed with them.
    public var passages: Int
    /// Facts removed because they cited only this source.
    public var facts: Int
    /// Citations of other facts that pointed at it and were removed.
    public var citations: Int

    /// Creates an outcome.
    public init(documents: Int, passages: Int, facts: Int, citations: Int) {
        self.documents = documents
        self.passages = passages
        self.facts = facts
        self.citations = citations
    }
}
