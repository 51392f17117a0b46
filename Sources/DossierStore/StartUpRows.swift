import DossierKit
import GRDB

/// The rows ``FactStore/contents()`` reads at start-up, selected by name and read by
/// position (a value of the wrong type throws, as Codable decoding did): GRDB's Codable decoding of a record asks the runtime about every column's
/// type, and was most of what reading a store cost.
enum StartUpRows {
    static func sources(_ db: Database) throws -> [Source] {
        try Row.fetchAll(db, sql: "SELECT id, title, publisher, kind, published, sections FROM source ORDER BY id").map { row in
            Source(id: try row.decode(atIndex: 0), title: try row.decode(atIndex: 1), publisher: try row.decode(atIndex: 2), kind: try row.decode(atIndex: 3), published: try row.decode(atIndex: 4),
                   sections: JSONColumn.strings(try row.decode(atIndex: 5)) ?? [])
        }
    }

    static func entities(_ db: Database) throws -> [Entity] {
        try Row.fetchAll(db, sql: "SELECT id, name, kind, aliases, partOf FROM entity ORDER BY id").map { row in
            Entity(id: try row.decode(atIndex: 0), name: try row.decode(atIndex: 1), kind: try row.decode(atIndex: 2), aliases: JSONColumn.strings(try row.decode(atIndex: 3)) ?? [], partOf: try row.decode(atIndex: 4))
        }
    }

    /// Each fact's citations, in their order.
    static func citationsByFact(_ db: Database) throws -> [String: [Citation]] {
        var citations: [String: [Citation]] = [:]
        citations.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(DISTINCT factId) FROM citation") ?? 0)
        let rows = try Row.fetchCursor(
            db, sql: "SELECT factId, source, title, section, paragraph, anchor, quote, start, \"end\" FROM citation ORDER BY factId, position")
        while let row = try rows.next() {
            let citation = Citation(
                source: try row.decode(atIndex: 1), title: try row.decode(atIndex: 2), section: try row.decode(atIndex: 3), paragraph: try row.decode(atIndex: 4),
                anchor: try row.decode(atIndex: 5), quote: try row.decode(atIndex: 6), start: try row.decode(atIndex: 7), end: try row.decode(atIndex: 8))
            citations[try row.decode(String.self, atIndex: 0), default: []].append(citation)
        }
        return citations
    }

    static func facts(_ db: Database, citations: [String: [Citation]]) throws -> [Fact] {
        // The array is sized once: grown by doubling, the last copy would hold twice the
        // facts for a moment, and the process keeps that peak.
        var facts: [Fact] = []
        facts.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM fact") ?? 0)
        let rows = try Row.fetchCursor(
            db, sql: "SELECT id, subject, predicate, object, entities, qualifiers, time, statement, keywords FROM fact ORDER BY position")
        while let row = try rows.next() {
            let id: String = try row.decode(atIndex: 0)
            let time: String? = try row.decode(atIndex: 6)
            facts.append(Fact(
                id: id, subject: try row.decode(atIndex: 1), predicate: try row.decode(atIndex: 2), object: try row.decode(atIndex: 3),
                entities: JSONColumn.strings(try row.decode(atIndex: 4)) ?? [], qualifiers: JSONColumn.stringTable(try row.decode(atIndex: 5)) ?? [:],
                time: time.flatMap(TimeValue.init), statement: try row.decode(atIndex: 7), keywords: try row.decode(atIndex: 8), citations: citations[id] ?? []))
        }
        return facts
    }
}
