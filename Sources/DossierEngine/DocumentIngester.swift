public import DossierKit
public import DossierStore
import DossierLanguage
public import DossierReading
public import DossierIndex

/// Puts documents into the store: reads and checks the file, splits it into sentences,
/// finds the names it introduces, reads its sentences into claims and fills in the
/// quotes of every citation of its source, all written in one transaction per document.
public struct DocumentIngester: Sendable {
    private let store: FactStore
    private let knownEntities: [Entity]
    /// What the ingester reads of the known facts for every document, made once: the
    /// entities of the pack's facts and the paragraphs curated facts cite (so a document
    /// costs what it holds, not the store).
    private let packEntityIDs: Set<String>
    private let curatedParagraphs: Set<String>
    /// The name finder, made once (its gazetteer's countries are matched like entities).
    private let finder = NameFinder()

    /// What ingesting one file did.
    public struct Report: Sendable {
        /// The file.
        public var path: String
        /// The source id it was stored under.
        public var source: String
        /// Added, replaced or unchanged.
        public var outcome: IngestOutcome
        /// Sections with text.
        public var sections: Int
        /// Sentences stored.
        public var passages: Int
        /// Claims added as facts (after dropping those the store already tells).
        public var events: Int
        /// Citations of this source whose anchor was found and quoted.
        public var quoted: Int
        /// Citations of this source whose anchor was not found in its paragraph.
        public var unquoted: Int
        /// Entities the document introduced.
        public var entities: Int = 0
    }

    /// Creates an ingester writing to `store`, reading from it only the entities and the
    /// pack's facts (to recognise names and to skip events a curated fact already tells):
    /// no index of the store is built.
    public init(store: FactStore) throws(DossierError) {
        let pack = try store.packFacts()
        self.init(store: store, entities: try QuestionEngine.entities(of: store), packFacts: pack)
    }

    /// Creates an ingester writing to `store`; entities and facts come from the engine's
    /// index (to recognise names and to skip events a fact already tells).
    public init(store: FactStore, index: FactIndex) {
        self.init(store: store, entities: index.entities, packFacts: index.facts)
    }

    /// `packFacts`: the curated facts (any others, read from documents, are passed over).
    private init(store: FactStore, entities: [Entity], packFacts facts: [Fact]) {
        self.store = store
        knownEntities = entities
        packEntityIDs = Set(facts.filter { !$0.id.hasPrefix("claim-") }.flatMap(\.allEntities))
        curatedParagraphs = ClaimReader.curatedParagraphs(of: facts)
    }

    /// Ingests one file; throws a ``DossierError`` naming the file when it cannot.
    ///
    /// - Parameters:
    ///   - pathBytes: the file name's bytes when they are not UTF-8 (`path` is then their
    ///     escaped form, for messages).
    ///   - replacing: true when the user asked to replace a document stored under the
    ///     same source id from another file (`ingest --replace`); a name clash is
    ///     otherwise refused.
    public func ingest(path: String, pathBytes: [UInt8]? = nil, replacing: Bool = false) throws(DossierError) -> Report {
        try store(try read(path: path, pathBytes: pathBytes), replacing: replacing)
    }

    /// A document read and not yet stored: what ``read(path:pathBytes:)`` found in it.
    public struct Reading: Sendable {
        /// The file, as given.
        public var path: String
        /// The document as the store keeps it.
        public var document: DocumentText
        /// The claims to add as facts, and the entities the document introduces.
        var events: [Fact]
        var introduced: [DocumentEntity]
    }

    /// Reads one file into the claims and names it holds, writing nothing: files may be
    /// read side by side, then stored in order (``store(_:replacing:)``). A reading made
    /// before another document of the same source was stored is stale: read it again.
    public func read(path: String, pathBytes: [UInt8]? = nil) throws(DossierError) -> Reading {
        let file = try DocumentFile(path: path, pathBytes: pathBytes)
        let document = try Self.document(from: file)
        // The document's own entities from an earlier version are introduced afresh.
        let own = try store.documentEntityIDs(introducedBy: document.source.id)
        let known = Self.linkable(knownEntities.filter { !own.contains($0.id) || packEntityIDs.contains($0.id) },
                                  in: document.source.id, citedSources: Self.citedSources(of: try store.facts(citing: document.source.id)))
        let words = PassageWords(document.passages)
        let introduced = finder.entities(in: document.passages, words: words, known: known)
        let reader = ClaimReader(entities: known + introduced.map(\.entity))
        let reference = document.source.published.flatMap(TimeValue.init)
        let claims = reader.claims(source: document.source, passages: document.passages, words: words, reference: reference)
        let events = ClaimReader.unseen(claims, outside: curatedParagraphs)
        return Reading(path: path, document: document, events: events, introduced: introduced)
    }

    /// Stores a document read by ``read(path:pathBytes:)``, in one transaction.
    public func store(_ reading: Reading, replacing: Bool = false) throws(DossierError) -> Report {
        let document = reading.document
        let resolver = QuoteResolver(document: document)
        var quoted = 0
        var unquoted = 0
        let outcome = try store.ingest(document, facts: reading.events, entities: reading.introduced, replacing: replacing) { citation in
            let resolved = resolver.resolve(citation)
            if citation.anchor != nil { if resolved.quote == nil { unquoted += 1 } else { quoted += 1 } }
            return resolved
        }
        let sections = Set(document.passages.map(\.section)).count
        return Report(path: reading.path, source: document.source.id, outcome: outcome, sections: sections,
                      passages: document.passages.count, events: outcome == .unchanged ? 0 : reading.events.count,
                      quoted: quoted, unquoted: unquoted, entities: reading.introduced.count)
    }

    /// The sources each entity's facts cite, by entity id.
    static func citedSources(of facts: [Fact]) -> [String: Set<String>] {
        var sources: [String: Set<String>] = [:]
        for fact in facts {
            for id in fact.allEntities { sources[id, default: []].formUnion(fact.citations.map(\.source)) }
        }
        return sources
    }

    /// Kinds of entity named by a description ("joint communiqué", "criminal gangs") as
    /// often as by a name.
    static let describedKinds: Set<String> = ["event", "agreement", "group"]

    /// Known entities as a document reads them: an alias of an event, an agreement or a
    /// group written only in common words (no capital, no figure: "joint communiqué",
    /// "internal armed conflict") names a kind of thing, not this one, so it links only in
    /// the sources the entity's facts cite (``citedSources(of:)``); its other names link everywhere.
    static func linkable(_ entities: [Entity], in source: String, citedSources sources: [String: Set<String>]) -> [Entity] {
        entities.map { entity in
            guard describedKinds.contains(entity.kind), sources[entity.id]?.contains(source) != true else { return entity }
            var reading = entity
            reading.aliases.removeAll { alias in
                alias.split(separator: " ").allSatisfy { word in word.first.map { $0.isLowercase } ?? true }
            }
            return reading
        }
    }

    /// Parses a checked file into the document the store keeps.
    public static func document(from file: DocumentFile) throws(DossierError) -> DocumentText {
        let scalars = Array(file.text.unicodeScalars)
        let parsed = DocumentParser.parse(scalars)
        let lookup = try SourceCatalog.lookup(for: file.path, pathBytes: file.pathBytes, parsed: parsed)
        let source = lookup.source
        var passages: [Passage] = []
        for section in parsed.sections {
            for paragraph in section.paragraphs {
                for (index, range) in paragraph.sentences.enumerated() {
                    passages.append(Passage(
                        source: source.id, title: source.title, section: section.name, paragraph: paragraph.number,
                        sentence: index + 1, start: range.lowerBound, end: range.upperBound,
                        text: ScalarClass.string(scalars, range)))
                }
            }
        }
        guard !passages.isEmpty else {
            throw DossierError(.badData, "\(file.path): no sentence could be read from it; nothing was stored. Give it sentences of text.")
        }
        return DocumentText(
            source: source, path: file.path, contentHash: file.contentHash, text: file.text, passages: passages,
            idFromCatalog: lookup.listed)
    }
}
