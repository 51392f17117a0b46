public import DossierKit
import GRDB

/// What a process answering questions reads of a store before its first question when
/// the readings' image holds: no fact is read until a question reaches it.
public struct StoreOutline: Sendable {
    /// Every source.
    public var sources: [Source]
    /// The entities of the store's own table (the pack's).
    public var entities: [Entity]
    /// How many facts the store holds.
    public var factCount: Int
    /// How many sentences of documents the store holds.
    public var passageCount: Int
    /// The store's write generation, read with the rest (``StoreContents/generation``).
    public var generation: Int
}

extension FactStore {
    /// The sources, entities, fact count and generation, read in one transaction.
    public func outline() throws(DossierError) -> StoreOutline {
        try read { db in
            StoreOutline(
                sources: try StartUpRows.sources(db), entities: try StartUpRows.entities(db),
                factCount: try RowCountSchema.count(of: "fact", db),
                passageCount: try RowCountSchema.count(of: "passage", db),
                generation: try StoreGeneration.current(db))
        }
    }

    /// The sentences stored under these ids (as ``identifiedPassages()`` lists them), by
    /// id; an id no longer stored is missing from the result.
    public func passages(ids: [Int64]) throws(DossierError) -> [Int64: Passage] {
        try read { db in
            var passages: [Int64: Passage] = [:]
            for chunk in Self.chunks(of: ids) {
                let list = InList(chunk)
                let rows = try Row.fetchCursor(
                    db.cachedStatement(sql: """
                        SELECT passage.id, document, section, paragraph, sentence, start, "end", text, source.title
                        FROM passage LEFT JOIN source ON source.id = passage.document WHERE passage.id IN (\(list.marks))
                        """),
                    arguments: list.arguments)
                while let row = try rows.next() {
                    let (id, passage) = try StartUpRows.passage(row, title: { _ in nil })
                    passages[id] = passage
                }
            }
            return passages
        }
    }

    /// The row id of the fact stored under `id`, nil when there is none.
    public func factRowID(id: String) throws(DossierError) -> Int64? {
        try read { db in try Int64.fetchOne(db, sql: "SELECT rowid FROM fact WHERE id = ?", arguments: [id]) }
    }

    /// The facts stored under these ids, with their citations, in no set order; an id
    /// not stored is missing from the result.
    public func facts(ids: [String]) throws(DossierError) -> [Fact] {
        let rowIDs = try read { db in
            try Self.chunks(of: ids).flatMap { chunk in
                try Int64.fetchAll(
                    db, sql: "SELECT rowid FROM fact WHERE id IN (\(Self.marks(chunk.count)))", arguments: StatementArguments(chunk))
            }
        }
        return Array(try facts(rowIDs: rowIDs).values)
    }

    /// The facts stored under these row ids (``StoreContents/factRowIDs``), with their
    /// citations, by row id; a row id no longer stored is missing from the result.
    public func facts(rowIDs: [Int64]) throws(DossierError) -> [Int64: Fact] {
        try read { db in
            var facts: [Int64: Fact] = [:]
            facts.reserveCapacity(rowIDs.count)
            for chunk in Self.chunks(of: rowIDs) {
                var read: [(rowID: Int64, fact: Fact)] = []
                let rowList = InList(chunk)
                let rows = try Row.fetchCursor(
                    db.cachedStatement(sql: "SELECT \(StartUpRows.factColumns) FROM fact WHERE rowid IN (\(rowList.marks))"),
                    arguments: rowList.arguments)
                while let row = try rows.next() { read.append(try StartUpRows.fact(row, citations: { _ in [] })) }
                guard !read.isEmpty else { continue }
                var citations: [String: [Citation]] = [:]
                let idList = InList(read.map(\.fact.id))
                let citationRows = try Row.fetchCursor(
                    db.cachedStatement(sql: """
                        SELECT \(StartUpRows.citationColumns) FROM citation WHERE factId IN (\(idList.marks))
                        ORDER BY factId, position
                        """),
                    arguments: idList.arguments)
                while let row = try citationRows.next() {
                    citations[try row.decode(String.self, atIndex: 0), default: []].append(try StartUpRows.citation(row))
                }
                for (rowID, var fact) in read {
                    fact.citations = citations[fact.id] ?? []
                    facts[rowID] = fact
                }
            }
            return facts
        }
    }

    /// True when a stored sentence or a stored fact's citation lies in that paragraph of
    /// the source's section.
    public func holdsParagraph(source: String, section: String, paragraph: Int) throws(DossierError) -> Bool {
        try read { db in
            try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM passage WHERE document = ?1 AND section = ?2 AND paragraph = ?3)
                    OR EXISTS (SELECT 1 FROM citation WHERE source = ?1 AND section = ?2 AND paragraph = ?3)
                """, arguments: [source, section, paragraph]) ?? false
        }
    }
}
