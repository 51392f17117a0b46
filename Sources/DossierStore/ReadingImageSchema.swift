import GRDB

/// The `v9-reading-image` migration: one binary image of every stored reading as the
/// index interns them (written and read by DossierIndex; this module does not look
/// inside), so a process opening a large store decodes integers instead of parsing every
/// reading's text; and the store's write generation, which every write transaction
/// advances (``StoreGeneration``).
///
/// An image holds for the store exactly as it was when the image was made: a trigger on
/// each table it was made from deletes it on any insert, update or delete, whoever writes
/// (another Dossier, `sqlite3`), and ``FactStore/save(_:)`` stores one only when no write
/// came between the reads it was made from and the save (the generation it was made at
/// is still the store's).
///
/// Written once and never edited; a later change is a new migration.
enum ReadingImageSchema {
    /// The tables an image is made from.
    static let sources = ["fact", "fact_reading", "passage", "passage_reading", "entity", "document_entity"]

    static func create(_ db: Database) throws {
        try db.create(table: "reading_image") { t in
            t.primaryKey("key", .text)
            t.column("generation", .integer).notNull()
            t.column("image", .blob).notNull()
        }
        for table in sources {
            for event in ["INSERT", "UPDATE", "DELETE"] {
                try db.execute(sql: """
                    CREATE TRIGGER \(table)_\(event.lowercased())_drops_image AFTER \(event) ON \(table) BEGIN
                        DELETE FROM reading_image;
                    END;
                    """)
            }
        }
    }

    /// The `v12-image-file` migration: a store on disk keeps its image's bytes in a file
    /// beside it (``ImageFile``), and the row only the token naming that file (`file`; the
    /// `image` column then empty), so the triggers above still say when it holds. An image
    /// with no token keeps its bytes in the row (a store in memory).
    static func keepInFile(_ db: Database) throws {
        try db.alter(table: "reading_image") { t in t.add(column: "file", .blob) }
    }
}
