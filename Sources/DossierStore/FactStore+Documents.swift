public import DossierKit
import Foundation
import GRDB

extension FactStore {
    /// Stores a document with its sentences and the facts drawn from it, and refreshes
    /// the quotes of every citation of its source, all in one transaction.
    ///
    /// The same text (same `contentHash`) changes nothing at all; a changed text from the
    /// same file replaces the old version, its sentences and the facts drawn from it. The
    /// source row is written unless the bundled pack already describes that source.
    ///
    /// A name clash never replaces anything (as `git` refuses to overwrite an untracked
    /// file): a file whose source id is already stored from another file is refused with
    /// a bad-data error unless `replacing` says the user asked for it (`ingest --replace`).
    /// So is a file whose name alone (no `sources.json` entry) gives the id of a bundled
    /// source but whose text holds fewer than half the passages that source's citations
    /// quote (``bundledSourceMinimumQuoted``): it is another text, not that source's.
    public func ingest(
        _ document: DocumentText, facts: [Fact], entities: [DocumentEntity] = [], replacing: Bool = false,
        quoting resolve: (Citation) -> Citation
    ) throws(DossierError) -> IngestOutcome {
        try write { db in
            let id = document.source.id
            let old = try DocumentRecord.fetchOne(db, key: id)
            if old?.contentHash == document.contentHash { return .unchanged }
            if !replacing { try Self.checkClash(document, old: old) }
            let claimsBundled = try !replacing && old == nil && !document.idFromCatalog && Self.packDescribes(id, db)
            try DocumentRecord.deleteOne(db, key: id)
            if try !Self.packDescribes(id, db) { try SourceRecord(document.source).upsert(db) }
            try DocumentRecord(document, at: Date()).insert(db)
            try RowBatch.insert(
                document.passages.map { passage in
                    RowBatch.row(id, passage.section, passage.paragraph, passage.sentence, passage.start, passage.end, passage.text)
                },
                into: "passage", columns: ["document", "section", "paragraph", "sentence", "start", "end", "text"], db)
            try Self.replaceFacts(of: id, with: facts, db)
            try Self.insertEntities(entities, of: id, db)
            try Self.updateCitations(of: id, resolve, db)
            if claimsBundled { try Self.checkBundledText(document, db) }
            return old == nil ? .added : .replaced
        }
    }

    /// Rewrites the quote, start and end of every citation of `source` with what
    /// `resolve` returns, in one transaction; citations that do not change are left alone.
    public func updateQuotes(of source: String, _ resolve: (Citation) -> Citation) throws(DossierError) {
        try write { db in try Self.updateCitations(of: source, resolve, db) }
    }

    /// Removes a source's document, its sentences, the facts that cite only it, the
    /// citations other facts make of it, and the source itself, in one transaction.
    /// Throws a bad-data error (exit 65) when the store holds nothing of that source.
    public func forget(source: String) throws(DossierError) -> ForgetOutcome {
        let outcome = try write { db -> ForgetOutcome? in
            let known = try SourceRecord.fetchOne(db, key: source) != nil
            let passages = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM passage WHERE document = ?", arguments: [source]) ?? 0
            let documents = try DocumentRecord.deleteOne(db, key: source) ? 1 : 0
            try db.execute(sql: """
                DELETE FROM fact WHERE id IN (
                  SELECT factId FROM citation GROUP BY factId
                  HAVING SUM(source = ?) > 0 AND SUM(source <> ?) = 0)
                """, arguments: [source, source])
            let facts = db.changesCount
            try db.execute(sql: "DELETE FROM citation WHERE source = ?", arguments: [source])
            let citations = db.changesCount
            try SourceRecord.deleteOne(db, key: source)
            if !known && documents == 0 && facts == 0 && citations == 0 { return nil }
            return ForgetOutcome(documents: documents, passages: passages, facts: facts, citations: citations)
        }
        guard let outcome else {
            throw DossierError(.badData, "the store holds no source '\(source)'; `dossier sources` lists the sources it holds.")
        }
        return outcome
    }

    /// Every stored document, by source id.
    public func documents() throws(DossierError) -> [DocumentInfo] {
        try read { db in
            let counts = try Dictionary(
                Row.fetchAll(db, sql: "SELECT document, COUNT(*) AS n FROM passage GROUP BY document")
                    .map { (row: Row) in (row["document"] as String, row["n"] as Int) },
                uniquingKeysWith: { a, _ in a })
            return try DocumentRecord.order(Column("source")).fetchAll(db).map {
                DocumentInfo(source: $0.source, path: $0.path, contentHash: $0.contentHash, byteCount: $0.byteCount,
                             characterCount: $0.characterCount, passageCount: counts[$0.source] ?? 0, ingestedAt: $0.ingestedAt)
            }
        }
    }

    /// One stored document with its text and sentences, nil when the source has none.
    public func document(_ source: String) throws(DossierError) -> DocumentText? {
        try read { db in
            guard let record = try DocumentRecord.fetchOne(db, key: source) else { return nil }
            let value = try SourceRecord.fetchOne(db, key: source)?.value
                ?? Source(id: source, title: source, publisher: "")
            let passages = try PassageRecord.filter(Column("document") == source).order(Column("start"))
                .fetchAll(db).map { $0.value(title: value.title) }
            return DocumentText(source: value, path: record.path, contentHash: record.contentHash,
                                text: record.text, passages: passages)
        }
    }

    /// Every stored sentence, document by document in text order.
    public func passages() throws(DossierError) -> [Passage] {
        try read { db in
            let titles = try Dictionary(
                SourceRecord.fetchAll(db).map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
            return try PassageRecord.order(Column("document"), Column("start")).fetchAll(db).map {
                $0.value(title: titles[$0.document] ?? $0.document)
            }
        }
    }

    /// Full-text search over the stored sentences, best first by BM25. Any word of
    /// `text` may match; accents and case are ignored ("Arevalo" finds "Arévalo").
    /// Text with no word in it finds nothing.
    public func search(_ text: String, limit: Int = 10) throws(DossierError) -> [Passage] {
        guard let pattern = FTS5Pattern(matchingAnyTokenIn: text) else { return [] }
        return try read { db in
            let titles = try Dictionary(
                SourceRecord.fetchAll(db).map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
            let records = try PassageRecord.fetchAll(db, sql: """
                SELECT passage.* FROM passage JOIN passage_ft ON passage_ft.rowid = passage.id
                WHERE passage_ft MATCH ? ORDER BY bm25(passage_ft) LIMIT ?
                """, arguments: [pattern, limit])
            return records.map { $0.value(title: titles[$0.document] ?? $0.document) }
        }
    }

    /// Throws when storing `document` would replace what another file put there.
    private static func checkClash(_ document: DocumentText, old: DocumentRecord?) throws {
        let id = document.source.id
        let again = " Pass --replace to replace it anyway."
        if let old {
            guard DocumentText.canonicalPath(old.path) != DocumentText.canonicalPath(document.path) else { return }
            throw DossierError(
                .badData,
                "\(document.path): its source id '\(id)' is already taken by \(old.path), which was left as it was; "
                    + "rename the file or give it another id in a sources.json beside it." + again)
        }
    }

    /// The share of a bundled source's anchored citations that a file named like it must
    /// quote to be taken as that source's text.
    static let bundledSourceMinimumQuoted = 0.5

    /// Throws (so the ingest is rolled back) when a file that took a bundled source's id
    /// by its name quotes too few of that source's citations.
    private static func checkBundledText(_ document: DocumentText, _ db: Database) throws {
        let id = document.source.id
        let row = try Row.fetchOne(db, sql: """
            SELECT COUNT(*) AS anchored, COUNT(quote) AS quoted FROM citation WHERE source = ? AND anchor IS NOT NULL
            """, arguments: [id])
        let anchored: Int = row?["anchored"] ?? 0
        let quoted: Int = row?["quoted"] ?? 0
        guard anchored > 0, Double(quoted) < Double(anchored) * bundledSourceMinimumQuoted else { return }
        throw DossierError(
            .badData,
            "\(document.path): its file name gives the id of the bundled source '\(id)', but it holds only \(quoted) of the "
                + "\(anchored) passages that source's citations quote, so it is another text; it was not ingested. Rename it; "
                + "if it is that source's text, list it in a sources.json beside it with \"id\": \"\(id)\". "
                + "Pass --replace to store it anyway.")
    }

    private static func packDescribes(_ source: String, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM citation JOIN fact ON fact.id = citation.factId
                           WHERE citation.source = ? AND fact.origin = 'pack')
            """, arguments: [source]) ?? false
    }

    private static func replaceFacts(of source: String, with facts: [Fact], _ db: Database) throws {
        let origin = "document:" + source
        try db.execute(sql: "DELETE FROM fact WHERE origin = ?", arguments: [origin])
        let first = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(position), -1) + 1 FROM fact") ?? 0
        // Many rows to a statement (``RowBatch``); every fact before the citations that
        // refer to it.
        var citations: [[DatabaseValue]] = []
        let rows = facts.enumerated().map { offset, fact in
            let row = FactRecord(fact, position: first + offset, origin: origin)
            for (index, citation) in fact.citations.enumerated() {
                let cited = CitationRecord(citation, factID: fact.id, position: index)
                citations.append(RowBatch.row(cited.factId, cited.position, cited.source, cited.title, cited.section, cited.paragraph, cited.anchor, cited.quote, cited.start, cited.end))
            }
            return RowBatch.row(row.id, row.position, row.origin, row.subject, row.predicate, row.object, row.entities, row.qualifiers, row.time, row.statement, row.keywords)
        }
        try RowBatch.insert(rows, into: "fact", columns: [
            "id", "position", "origin", "subject", "predicate", "object", "entities", "qualifiers", "time", "statement", "keywords",
        ], db)
        try RowBatch.insert(citations, into: "citation", columns: [
            "factId", "position", "source", "title", "section", "paragraph", "anchor", "quote", "start", "end",
        ], db)
    }

    private static func updateCitations(of source: String, _ resolve: (Citation) -> Citation, _ db: Database) throws {
        for var record in try CitationRecord.filter(Column("source") == source).fetchAll(db) {
            let resolved = resolve(record.value)
            guard resolved.quote != record.quote || resolved.start != record.start || resolved.end != record.end
            else { continue }
            record.quote = resolved.quote
            record.start = resolved.start
            record.end = resolved.end
            try record.update(db)
        }
    }
}
