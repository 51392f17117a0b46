public import DossierKit
import Foundation
import GRDB

/// The entities documents introduce, each with the sentence that first named it; a
/// document's entities go with the document (replaced or forgotten together).
enum DocumentEntitySchema {
    static func create(_ db: Database) throws {
        try db.create(table: "document_entity") { t in
            t.column("document", .text).notNull().indexed()
                .references("document", column: "source", onDelete: .cascade)
            t.column("id", .text).notNull()
            t.column("name", .text).notNull()
            t.column("kind", .text).notNull()
            t.column("aliases", .text).notNull()
            t.column("partOf", .text)
            t.column("section", .text).notNull()
            t.column("paragraph", .integer).notNull()
            t.column("quote", .text).notNull()
            t.column("start", .integer)
            t.column("end", .integer)
            t.primaryKey(["document", "id"])
        }
    }

    /// Each entity's rows by id, so the first row of each (the document introducing it,
    /// ``FactStore/introducedEntities()``) is found without sorting every mention.
    static func indexByID(_ db: Database) throws {
        try db.create(index: "document_entity_on_id", on: "document_entity", columns: ["id"])
    }
}

struct DocumentEntityRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "document_entity"
    var document: String
    var id: String
    var name: String
    var kind: String
    var aliases: String
    var partOf: String?
    var section: String
    var paragraph: Int
    var quote: String
    var start: Int?
    var end: Int?

    init(_ value: DocumentEntity) {
        document = value.citation.source
        id = value.entity.id
        name = value.entity.name
        kind = value.entity.kind
        aliases = JSONColumn.encode(value.entity.aliases)
        partOf = value.entity.partOf
        section = value.citation.section
        paragraph = value.citation.paragraph
        quote = value.citation.quote ?? ""
        start = value.citation.start
        end = value.citation.end
    }

    /// Reads a row by column name: GRDB's Codable decoding asks the runtime about every
    /// column and was most of what listing a large store's entities cost.
    init(row: Row) throws {
        document = try row.decode(forColumn: "document")
        id = try row.decode(forColumn: "id")
        name = try row.decode(forColumn: "name")
        kind = try row.decode(forColumn: "kind")
        aliases = try row.decode(forColumn: "aliases")
        partOf = try row.decode(forColumn: "partOf")
        section = try row.decode(forColumn: "section")
        paragraph = try row.decode(forColumn: "paragraph")
        quote = try row.decode(forColumn: "quote")
        start = try row.decode(forColumn: "start")
        end = try row.decode(forColumn: "end")
    }

    func value(title: String) -> DocumentEntity {
        DocumentEntity(
            entity: Entity(id: id, name: name, kind: kind, aliases: JSONColumn.strings(aliases) ?? [], partOf: partOf),
            citation: Citation(source: document, title: title, section: section, paragraph: paragraph, quote: quote, start: start, end: end))
    }
}

extension FactStore {
    /// Every entity the stored documents introduced, in the order they were read; an
    /// entity two documents introduce is listed once, as the first introduced it.
    public func documentEntities() throws(DossierError) -> [DocumentEntity] {
        try read { db in
            let titles = Dictionary(try SourceRecord.fetchAll(db).map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
            var seen = Set<String>()
            return try DocumentEntityRecord.order(sql: "rowid").fetchAll(db)
                .filter { seen.insert($0.id).inserted }
                .map { $0.value(title: titles[$0.document] ?? $0.document) }
        }
    }

    /// The entities of ``documentEntities()``, in its order, without their citations: each
    /// as the first document introducing it gave it, its later mentions not read.
    public func introducedEntities() throws(DossierError) -> [Entity] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, name, kind, aliases, partOf FROM document_entity
                WHERE rowid IN (SELECT min(rowid) FROM document_entity GROUP BY id) ORDER BY rowid
                """
            ).map { row in
                Entity(
                    id: try row.decode(atIndex: 0), name: try row.decode(atIndex: 1), kind: try row.decode(atIndex: 2),
                    aliases: JSONColumn.strings(try row.decode(atIndex: 3)) ?? [], partOf: try row.decode(atIndex: 4))
            }
        }
    }

    /// The ids of the entities `source`'s document introduced first (those
    /// ``documentEntities()`` lists as that document's), read without loading the others.
    public func documentEntityIDs(introducedBy source: String) throws(DossierError) -> Set<String> {
        try read { db in
            Set(try String.fetchAll(db, sql: """
                SELECT first.id FROM (
                  SELECT id, MIN(rowid) AS firstRow FROM document_entity
                  WHERE id IN (SELECT id FROM document_entity WHERE document = ?1) GROUP BY id
                ) AS first JOIN document_entity ON document_entity.rowid = first.firstRow
                WHERE document_entity.document = ?1
                """, arguments: [source]))
        }
    }

    static func insertEntities(_ entities: [DocumentEntity], of source: String, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM document_entity WHERE document = ?", arguments: [source])
        let rows = entities.filter { $0.citation.source == source }.map { entity in
            let row = DocumentEntityRecord(entity)
            return RowBatch.row(row.document, row.id, row.name, row.kind, row.aliases, row.partOf, row.section, row.paragraph, row.quote, row.start, row.end)
        }
        try RowBatch.insert(rows, into: "document_entity", columns: [
            "document", "id", "name", "kind", "aliases", "partOf", "section", "paragraph", "quote", "start", "end",
        ], db)
    }
}
