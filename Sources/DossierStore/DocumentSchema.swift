import GRDB

/// The `v3-documents` migration: ingested documents, their sentences (passages) with
/// offsets into the stored text, and a full-text index over the sentences.
///
/// Written once and never edited; a later change is a new migration.
enum DocumentSchema {
    static func create(_ db: Database) throws {
        try db.create(table: "document") { t in
            t.primaryKey("source", .text)
            t.column("path", .text).notNull()
            t.column("contentHash", .text).notNull()
            t.column("text", .text).notNull()
            t.column("byteCount", .integer).notNull()
            t.column("characterCount", .integer).notNull()
            t.column("ingestedAt", .datetime).notNull()
        }
        try db.create(table: "passage") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("document", .text).notNull().indexed()
                .references("document", column: "source", onDelete: .cascade)
            t.column("section", .text).notNull()
            t.column("paragraph", .integer).notNull()
            t.column("sentence", .integer).notNull()
            t.column("start", .integer).notNull()
            t.column("end", .integer).notNull()
            t.column("text", .text).notNull()
        }
        // External content: the index reads `passage.text`, and triggers keep it in step.
        try db.create(virtualTable: "passage_ft", using: FTS5()) { t in
            t.synchronize(withTable: "passage")
            t.tokenizer = .unicode61(diacritics: .remove)
            t.column("text")
        }
    }
}
