public import DossierKit
import GRDB

/// Reads of a part of the store, for commands that answer no question (`ingest`,
/// `sources`): each costs what it returns, not what the store holds.
extension FactStore {
    /// Every source, by id.
    public func sources() throws(DossierError) -> [Source] {
        try read { db in try StartUpRows.sources(db) }
    }

    /// How many facts cite each source, by source id (a fact citing a source twice counts once).
    public func factCountsBySource() throws(DossierError) -> [String: Int] {
        try read { db in
            var counts: [String: Int] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT source, COUNT(DISTINCT factId) FROM citation GROUP BY source")
            while let row = try rows.next() { counts[try row.decode(String.self, atIndex: 0)] = try row.decode(Int.self, atIndex: 1) }
            return counts
        }
    }

    /// The facts of the bundled pack (not those read from documents), in their order.
    public func packFacts() throws(DossierError) -> [Fact] {
        try read { db in
            try Self.facts(db, sql: "SELECT * FROM fact WHERE origin = 'pack' ORDER BY position", arguments: [])
        }
    }

    /// The facts citing `source`, in insertion order.
    public func facts(citing source: String) throws(DossierError) -> [Fact] {
        try read { db in
            try Self.facts(db, sql: """
                SELECT * FROM fact WHERE id IN (SELECT factId FROM citation WHERE source = ?) ORDER BY position
                """, arguments: [source])
        }
    }

    /// The facts `sql` selects (whole `fact` rows), with their citations in their order.
    static func facts(_ db: Database, sql: String, arguments: StatementArguments) throws -> [Fact] {
        let records = try FactRecord.fetchAll(db, sql: sql, arguments: arguments)
        var citations: [CitationRecord] = []
        for chunk in chunks(of: records.map(\.id)) {
            citations += try CitationRecord.filter(chunk.contains(Column("factId")))
                .order(Column("factId"), Column("position")).fetchAll(db)
        }
        let byFact = Dictionary(grouping: citations, by: \.factId)
        return records.map { $0.value(citations: (byFact[$0.id] ?? []).map(\.value)) }
    }
}
