import GRDB

/// The `v7-word-counts` migration: how often each word occurs in the texts of the store's
/// facts and sentences, kept as those texts' readings are written and deleted, so the
/// vocabulary a misspelt question is mended against is read, not rebuilt from every text.
///
/// Each reading gains `counted`, a JSON object of its text's words to how often each
/// occurs there (NULL for a reading written before this migration, or by a reader that
/// does not count). `word_count` is the sum of every reading's `counted`, kept by triggers
/// in the transaction that inserts or deletes a reading, including the deletes that follow
/// a forgotten document or a replaced pack (readings cascade with their fact or sentence).
/// A reading is inserted or deleted, never updated in place.
///
/// Written once and never edited; a later change is a new migration.
enum WordCountSchema {
    static func create(_ db: Database) throws {
        try db.alter(table: "fact_reading") { t in t.add(column: "counted", .text) }
        try db.alter(table: "passage_reading") { t in t.add(column: "counted", .text) }
        try db.create(table: "word_count", options: .withoutRowID) { t in
            t.primaryKey("word", .text)
            t.column("count", .integer).notNull()
        }
        for table in ["fact_reading", "passage_reading"] {
            try db.execute(sql: """
                CREATE TRIGGER \(table)_counted AFTER INSERT ON \(table) WHEN NEW.counted IS NOT NULL BEGIN
                    INSERT INTO word_count (word, count) SELECT key, value FROM json_each(NEW.counted) WHERE true
                        ON CONFLICT (word) DO UPDATE SET count = count + excluded.count;
                END;
                CREATE TRIGGER \(table)_uncounted AFTER DELETE ON \(table) WHEN OLD.counted IS NOT NULL BEGIN
                    UPDATE word_count SET count = count - (SELECT value FROM json_each(OLD.counted) WHERE key = word)
                        WHERE word IN (SELECT key FROM json_each(OLD.counted));
                    DELETE FROM word_count WHERE count <= 0 AND word IN (SELECT key FROM json_each(OLD.counted));
                END;
                """)
        }
    }
}
