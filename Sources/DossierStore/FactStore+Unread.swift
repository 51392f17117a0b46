public import DossierKit
import GRDB

extension FactStore {
    /// Every entity of the store's own table (the pack's), by id, as ``contents()`` lists them.
    public func storedEntities() throws(DossierError) -> [Entity] {
        try read { db in try EntityRecord.order(Column("id")).fetchAll(db).map(\.value) }
    }

    /// Up to `limit` facts with no stored reading, in insertion order with their citations.
    public func factsToRead(limit: Int) throws(DossierError) -> [Fact] {
        try read { db in
            try Self.facts(db, sql: """
                SELECT fact.* FROM unread_fact JOIN fact ON fact.id = unread_fact.fact ORDER BY fact.position LIMIT ?
                """, arguments: [limit])
        }
    }

    /// Up to `limit` sentences with no stored reading, with their row ids.
    public func passagesToRead(limit: Int) throws(DossierError) -> [(id: Int64, passage: Passage)] {
        try read { db in
            let titles = try Dictionary(
                SourceRecord.fetchAll(db).map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
            return try PassageRecord.fetchAll(db, sql: """
                SELECT passage.* FROM unread_passage JOIN passage ON passage.id = unread_passage.passage
                ORDER BY passage.id LIMIT ?
                """, arguments: [limit]).map { ($0.id ?? 0, $0.value(title: titles[$0.document] ?? $0.document)) }
        }
    }

    /// Drops the stored readings of these facts and sentences, so they are read again.
    public func dropReadings(facts: Set<String>, passages: Set<Int64>) throws(DossierError) {
        guard !facts.isEmpty || !passages.isEmpty else { return }
        try write { db in
            for chunk in Self.chunks(of: Array(facts)) {
                try db.execute(sql: "DELETE FROM fact_reading WHERE fact IN (\(Self.marks(chunk.count)))", arguments: StatementArguments(chunk))
            }
            for chunk in Self.chunks(of: Array(passages)) {
                try db.execute(
                    sql: "DELETE FROM passage_reading WHERE passage IN (\(Self.marks(chunk.count)))", arguments: StatementArguments(chunk))
            }
        }
    }

    /// Ids in runs short enough for one SQL `IN` list.
    static func chunks<ID>(of ids: [ID]) -> [[ID]] {
        stride(from: 0, to: ids.count, by: 500).map { Array(ids[$0..<min($0 + 500, ids.count)]) }
    }

    /// `count` SQL parameter marks, comma-separated.
    static func marks(_ count: Int) -> String { Array(repeating: "?", count: count).joined(separator: ",") }
}
