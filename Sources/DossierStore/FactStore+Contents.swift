public import DossierKit
import GRDB

/// Everything the engine reads from a store at start-up.
public struct StoreContents: Sendable {
    /// Every source.
    public var sources: [Source]
    /// Every entity.
    public var entities: [Entity]
    /// Every fact, in insertion order, with its citations.
    public var facts: [Fact]
    /// Each fact's row id, by position in `facts` (``FactStore/contents()`` only; empty
    /// elsewhere): what ``FactStore/facts(rowIDs:)`` reads a fact again by.
    public var factRowIDs: [Int64] = []
    /// The store's write generation these contents were read at (``FactStore/contents()``
    /// only; 0 elsewhere): the same in two reads when nothing was written between them.
    public var generation = 0

    /// Creates contents.
    public init(sources: [Source], entities: [Entity], facts: [Fact]) {
        self.sources = sources
        self.entities = entities
        self.facts = facts
    }
}

extension FactStore {
    /// Reads every source, entity and fact.
    public func contents() throws(DossierError) -> StoreContents {
        try read { db in
            let sources = try StartUpRows.sources(db)
            let entities = try StartUpRows.entities(db)
            let citations = try StartUpRows.citationsByFact(db)
            let (facts, rowIDs) = try StartUpRows.facts(db, citations: citations)
            var contents = StoreContents(sources: sources, entities: entities, facts: facts)
            contents.factRowIDs = rowIDs
            contents.generation = try StoreGeneration.current(db)
            return contents
        }
    }

    /// The version of the bundled fact pack the store holds, nil when none was loaded.
    public func packVersion() throws(DossierError) -> Int? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'pack-version'").flatMap { Int($0) }
        }
    }

    /// The fingerprint of the fact pack the store holds, nil when none was recorded.
    public func packFingerprint() throws(DossierError) -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'pack-fingerprint'") }
    }

    /// Replaces the bundled pack's sources, entities and facts in one transaction, keeping
    /// facts that came from elsewhere (ingested documents).
    public func installPack(version: Int, fingerprint: String = "", contents: StoreContents) throws(DossierError) {
        try write { db in
            try db.execute(sql: "DELETE FROM fact WHERE origin = 'pack'")
            for source in contents.sources { try SourceRecord(source).upsert(db) }
            for entity in contents.entities { try EntityRecord(entity).upsert(db) }
            for (position, fact) in contents.facts.enumerated() {
                try FactRecord(fact, position: position, origin: "pack").insert(db)
                for (index, citation) in fact.citations.enumerated() {
                    try CitationRecord(citation, factID: fact.id, position: index).insert(db)
                }
            }
            try db.execute(
                sql: "INSERT INTO meta(key, value) VALUES ('pack-version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                arguments: [String(version)])
            try db.execute(
                sql: "INSERT INTO meta(key, value) VALUES ('pack-fingerprint', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                arguments: [fingerprint])
        }
    }
}
