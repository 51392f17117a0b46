import GRDB

/// The `v5-readings` migration: each fact's and each sentence's reading as the index
/// made it (its terms, entities and the words it was read from), so a process opening
/// the store does not read every text again; and the entity names they were read with,
/// so a change of names re-reads only the texts that hold a changed name's first word.
///
/// Readings go with their fact or sentence (deleted together). Written once and never
/// edited; a later change is a new migration.
enum ReadingSchema {
    static func create(_ db: Database) throws {
        try db.create(table: "fact_reading") { t in
            t.primaryKey("fact", .text).references("fact", column: "id", onDelete: .cascade)
            t.column("reading", .text).notNull()
            t.column("words", .text).notNull()
        }
        try db.create(table: "passage_reading") { t in
            t.primaryKey("passage", .integer).references("passage", column: "id", onDelete: .cascade)
            t.column("reading", .text).notNull()
            t.column("words", .text).notNull()
        }
        try db.create(table: "reading_name") { t in
            t.primaryKey("word", .text)
            t.column("signature", .text).notNull()
        }
    }
}
