import Foundation
import GRDB

/// The store's schema, one named migration per change. A released migration is never
/// edited; a change is a new migration.
enum StoreMigrations {
    /// Migrates, retrying when another process applied the same migration first (two
    /// `dossier` runs opening a new store at once both see it unmigrated).
    static func migrate(_ writer: any DatabaseWriter) throws {
        for attempt in 1...5 {
            do {
                return try migrator.migrate(writer)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_ERROR && attempt < 5 {
                guard error.message?.contains("already exists") == true else { throw error }
                usleep(20_000)
            }
        }
    }

    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-sources-entities") { db in
            try db.create(table: "meta") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
            try db.create(table: "source") { t in
                t.primaryKey("id", .text)
                t.column("title", .text).notNull()
                t.column("publisher", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("published", .text)
                t.column("sections", .text).notNull()
            }
            try db.create(table: "entity") { t in
                t.primaryKey("id", .text)
                t.column("name", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("aliases", .text).notNull()
                t.column("partOf", .text)
            }
        }
        migrator.registerMigration("v2-facts") { db in
            try db.create(table: "fact") { t in
                t.primaryKey("id", .text)
                t.column("position", .integer).notNull()
                t.column("origin", .text).notNull()
                t.column("subject", .text).notNull()
                t.column("predicate", .text).notNull().indexed()
                t.column("object", .text)
                t.column("entities", .text).notNull()
                t.column("qualifiers", .text).notNull()
                t.column("time", .text)
                t.column("statement", .text).notNull()
                t.column("keywords", .text).notNull()
            }
            try db.create(table: "citation") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("fact", onDelete: .cascade).notNull()
                t.column("position", .integer).notNull()
                t.column("source", .text).notNull().indexed()
                t.column("title", .text).notNull()
                t.column("section", .text).notNull()
                t.column("paragraph", .integer).notNull()
                t.column("anchor", .text)
                t.column("quote", .text)
                t.column("start", .integer)
                t.column("end", .integer)
            }
        }
        migrator.registerMigration("v3-documents", migrate: DocumentSchema.create)
        migrator.registerMigration("v4-document-entities", migrate: DocumentEntitySchema.create)
        migrator.registerMigration("v5-readings", migrate: ReadingSchema.create)
        // Documents ingested without a publisher were stored with a placeholder in its place;
        // an unknown publisher is now the empty string, which listings and citations leave out.
        migrator.registerMigration("v6-publisher-not-given") { db in
            try db.execute(sql: "UPDATE source SET publisher = '' WHERE publisher = 'unknown publisher'")
        }
        migrator.registerMigration("v7-word-counts", migrate: WordCountSchema.create)
        migrator.registerMigration("v8-fact-order", migrate: FactOrderSchema.create)
        migrator.registerMigration("v9-reading-image", migrate: ReadingImageSchema.create)
        migrator.registerMigration("v10-entities-by-id", migrate: DocumentEntitySchema.indexByID)
        migrator.registerMigration("v11-unread", migrate: UnreadSchema.create)
        migrator.registerMigration("v12-image-file", migrate: ReadingImageSchema.keepInFile)
        migrator.registerMigration("v13-row-counts", migrate: RowCountSchema.create)
        migrator.registerMigration("v14-uncounted-readings", migrate: UncountedSchema.create)
        return migrator
    }()
}
