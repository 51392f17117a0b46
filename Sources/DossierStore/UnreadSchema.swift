import GRDB

/// The `v11-unread` migration: the facts and sentences that have no stored reading yet,
/// kept by triggers as facts, sentences and their readings come and go (whoever writes),
/// so finding what to read after an ingest (``FactStore/factsToRead(limit:)``) costs what
/// was added, not a pass over the store.
///
/// Rules: a fact or sentence is listed exactly when it is stored and has no stored
/// reading. Written once and never edited; a later change is a new migration.
enum UnreadSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE unread_fact (fact TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID;
            CREATE TABLE unread_passage (passage INTEGER PRIMARY KEY NOT NULL);
            INSERT INTO unread_fact SELECT id FROM fact WHERE id NOT IN (SELECT fact FROM fact_reading);
            INSERT INTO unread_passage SELECT id FROM passage WHERE id NOT IN (SELECT passage FROM passage_reading);
            """)
        try track(table: "fact", key: "id", readings: "fact_reading", readingKey: "fact", unread: "unread_fact")
        try track(table: "passage", key: "id", readings: "passage_reading", readingKey: "passage", unread: "unread_passage")

        /// Triggers keeping `unread` (keyed by `readingKey`, as `readings` is) the rows of
        /// `table` that `readings` holds none for.
        func track(table: String, key: String, readings: String, readingKey: String, unread: String) throws {
            try db.execute(sql: """
                CREATE TRIGGER \(table)_insert_is_unread AFTER INSERT ON \(table) BEGIN
                    INSERT OR IGNORE INTO \(unread) SELECT NEW.\(key)
                    WHERE NOT EXISTS (SELECT 1 FROM \(readings) WHERE \(readingKey) = NEW.\(key));
                END;
                CREATE TRIGGER \(table)_delete_is_not_unread AFTER DELETE ON \(table) BEGIN
                    DELETE FROM \(unread) WHERE \(readingKey) = OLD.\(key);
                END;
                CREATE TRIGGER \(table)_key_update_is_unread AFTER UPDATE OF \(key) ON \(table) BEGIN
                    DELETE FROM \(unread) WHERE \(readingKey) = OLD.\(key);
                    INSERT OR IGNORE INTO \(unread) SELECT NEW.\(key)
                    WHERE NOT EXISTS (SELECT 1 FROM \(readings) WHERE \(readingKey) = NEW.\(key));
                END;
                CREATE TRIGGER \(readings)_insert_reads AFTER INSERT ON \(readings) BEGIN
                    DELETE FROM \(unread) WHERE \(readingKey) = NEW.\(readingKey);
                END;
                CREATE TRIGGER \(readings)_delete_unreads AFTER DELETE ON \(readings) BEGIN
                    INSERT OR IGNORE INTO \(unread) SELECT OLD.\(readingKey)
                    WHERE EXISTS (SELECT 1 FROM \(table) WHERE \(key) = OLD.\(readingKey));
                END;
                CREATE TRIGGER \(readings)_key_update_reads AFTER UPDATE OF \(readingKey) ON \(readings) BEGIN
                    INSERT OR IGNORE INTO \(unread) SELECT OLD.\(readingKey)
                    WHERE EXISTS (SELECT 1 FROM \(table) WHERE \(key) = OLD.\(readingKey));
                    DELETE FROM \(unread) WHERE \(readingKey) = NEW.\(readingKey);
                END;
                """)
        }
    }
}
