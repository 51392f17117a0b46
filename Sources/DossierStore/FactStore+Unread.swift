public import DossierKit
import GRDB

extension FactStore {
    /// Every entity of the store's own table (the pack's), by id, as ``contents()`` lists them.
    public func storedEntities() throws(DossierError) -> [Entity] {
        try read { db in try EntityRecord.order(Column("id")).fetchAll(db).map(\.value) }
    }

    /// The facts with no stored reading, and those of `ids`, in insertion order with
    /// their citations.
    public func factsToRead(besides ids: Set<String>) throws(DossierError) -> [Fact] {
        try read { db in
            var records = try FactRecord.fetchAll(db, sql: """
                SELECT fact.* FROM fact LEFT JOIN fact_reading ON fact_reading.fact = fact.id
                WHERE fact_reading.fact IS NULL ORDER BY fact.position
                """)
            var citations = try CitationRecord.fetchAll(db, sql: """
                SELECT citation.* FROM citation LEFT JOIN fact_reading ON fact_reading.fact = citation.factId
                WHERE fact_reading.fact IS NULL ORDER BY citation.factId, citation.position
                """)
            for chunk in Self.chunks(of: ids) {
                records += try FactRecord.filter(keys: chunk).fetchAll(db)
                citations += try CitationRecord.filter(chunk.contains(Column("factId")))
                    .order(Column("factId"), Column("position")).fetchAll(db)
            }
            let byFact = Dictionary(grouping: citations, by: \.factId)
            var seen = Set<String>()
            return records.filter { seen.insert($0.id).inserted }.sorted { $0.position < $1.position }
                .map { $0.value(citations: (byFact[$0.id] ?? []).map(\.value)) }
        }
    }

    /// Ids in runs short enough for one SQL `IN` list.
    static func chunks<ID: Hashable & Comparable>(of ids: Set<ID>) -> [[ID]] {
        let sorted = ids.sorted()
        return stride(from: 0, to: sorted.count, by: 500).map { Array(sorted[$0..<min($0 + 500, sorted.count)]) }
    }

    /// The sentences with no stored reading, and those of `ids`, with their row ids.
    public func passagesToRead(besides ids: Set<Int64>) throws(DossierError) -> [(id: Int64, passage: Passage)] {
        try read { db in
            let titles = try Dictionary(
                SourceRecord.fetchAll(db).map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
            let records = try PassageRecord.fetchAll(db, sql: """
                SELECT passage.* FROM passage LEFT JOIN passage_reading ON passage_reading.passage = passage.id
                WHERE passage_reading.passage IS NULL
                """) + Self.chunks(of: ids).flatMap { try PassageRecord.filter(keys: $0).fetchAll(db) }
            var seen = Set<Int64>()
            return records.filter { seen.insert($0.id ?? 0).inserted }.map {
                ($0.id ?? 0, $0.value(title: titles[$0.document] ?? $0.document))
            }
        }
    }
}
