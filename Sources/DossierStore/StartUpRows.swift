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
            db, sql: "SELECT \(citationColumns) FROM citation ORDER BY factId, position")
        while let row = try rows.next() {
            citations[try row.decode(String.self, atIndex: 0), default: []].append(try citation(row))
        }
        return citations
    }

    /// Every fact in position order with its row id, and its citations from `citations`.
    static func facts(_ db: Database, citations: [String: [Citation]]) throws -> (facts: [Fact], rowIDs: [Int64]) {
        // The arrays are sized once: grown by doubling, the last copy would hold twice the
        // facts for a moment, and the process keeps that peak.
        let count = try RowCountSchema.count(of: "fact", db)
        var facts: [Fact] = [], rowIDs: [Int64] = []
        facts.reserveCapacity(count)
        rowIDs.reserveCapacity(count)
        let rows = try Row.fetchCursor(db, sql: "SELECT \(factColumns) FROM fact ORDER BY position")
        while let row = try rows.next() {
            let (rowID, fact) = try self.fact(row, citations: { citations[$0] ?? [] })
            facts.append(fact)
            rowIDs.append(rowID)
        }
        return (facts, rowIDs)
    }

    /// The columns ``fact(_:citations:)`` reads, in its order.
    static let factColumns = "rowid, id, subject, predicate, object, entities, qualifiers, time, statement, keywords"

    /// A fact of a row of ``factColumns``, with its row id; `citations` gives a fact id's.
    static func fact(_ row: Row, citations: (String) -> [Citation]) throws -> (rowID: Int64, fact: Fact) {
        let id: String = try row.decode(atIndex: 1)
        let time: String? = try row.decode(atIndex: 7)
        return (try row.decode(atIndex: 0), Fact(
            id: id, subject: try row.decode(atIndex: 2), predicate: try row.decode(atIndex: 3), object: try row.decode(atIndex: 4),
            entities: JSONColumn.strings(try row.decode(atIndex: 5)) ?? [], qualifiers: JSONColumn.stringTable(try row.decode(atIndex: 6)) ?? [:],
            time: time.flatMap(TimeValue.init), statement: try row.decode(atIndex: 8), keywords: try row.decode(atIndex: 9),
            citations: citations(id)))
    }

    /// A citation of a row of ``citationColumns`` (after the fact id, at 0).
    static func citation(_ row: Row) throws -> Citation {
        Citation(
            source: try row.decode(atIndex: 1), title: try row.decode(atIndex: 2), section: try row.decode(atIndex: 3), paragraph: try row.decode(atIndex: 4),
            anchor: try row.decode(atIndex: 5), quote: try row.decode(atIndex: 6), start: try row.decode(atIndex: 7), end: try row.decode(atIndex: 8))
    }

    /// The columns ``citation(_:)`` reads: the fact id, then the citation's.
    static let citationColumns = "factId, source, title, section, paragraph, anchor, quote, start, \"end\""

    /// A sentence of a row of id, document, section, paragraph, sentence, start, end and
    /// text, then perhaps its source's title (at 8), with its row id; `title` gives the
    /// title for a document when the row has none (the document's id when neither has).
    static func passage(_ row: Row, title: (String) -> String?) throws -> (id: Int64, passage: Passage) {
        let document: String = try row.decode(atIndex: 1)
        let stored: String? = row.count > 8 ? try row.decode(atIndex: 8) : nil
        return (try row.decode(atIndex: 0), Passage(
            source: document, title: stored ?? title(document) ?? document, section: try row.decode(atIndex: 2),
            paragraph: try row.decode(atIndex: 3), sentence: try row.decode(atIndex: 4), start: try row.decode(atIndex: 5),
            end: try row.decode(atIndex: 6), text: try row.decode(atIndex: 7)))
    }
}
