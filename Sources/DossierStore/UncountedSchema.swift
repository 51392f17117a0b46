import GRDB

/// The `v14-uncounted-readings` migration: an index of the readings whose words are not
/// counted (`counted` NULL), which is all but empty, so asking whether every reading is
/// counted (``FactStore/storedWordCounts()``) looks it up instead of reading every reading.
///
/// Written once and never edited; a later change is a new migration.
enum UncountedSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX fact_reading_uncounted ON fact_reading (fact) WHERE counted IS NULL;
            CREATE INDEX passage_reading_uncounted ON passage_reading (passage) WHERE counted IS NULL;
            """)
    }
}
