import GRDB

/// The `v7-word-counts` migration: how often each word occurs in the texts of the store's
/// facts and sentences, kept as those texts' readings are written and deleted, so the
/// vocabulary a misspelt question is mended against is read, not rebuilt from every text.
///
/// Each reading gains `counted`, a JSON object of its text's words to how often each
/// occurs there (NULL for a reading written before this migration, or by a reader that
/// does not count). `word_count` is the sum of every reading's `counted`, kept in the
/// transaction that inserts or deletes a reading: ``FactStore/save(_:)`` adds the counts
/// of the readings it inserts, a batch at a time; a trigger takes out a deleted reading's,
/// including the deletes that follow a forgotten document or a replaced pack (readings
/// cascade with their fact or sentence). A reading is inserted or deleted, never updated.
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
                CREATE TRIGGER \(table)_uncounted AFTER DELETE ON \(table) WHEN OLD.counted IS NOT NULL BEGIN
                    UPDATE word_count SET count = count - counted.value FROM json_each(OLD.counted) AS counted
                        WHERE word_count.word = counted.key;
                    DELETE FROM word_count WHERE word IN (SELECT key FROM json_each(OLD.counted)) AND count <= 0;
                END;
                """)
        }
    }
}
