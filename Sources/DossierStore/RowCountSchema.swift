import GRDB

/// The `v13-row-counts` migration: how many facts and sentences the store holds, kept by
/// triggers as rows come and go (whoever writes), so opening a store reads two numbers
/// instead of counting every row (``FactStore/outline()``).
///
/// Rules: `row_count` holds one row per counted table, its count that table's rows.
/// Written once and never edited; a later change is a new migration.
enum RowCountSchema {
    static let tables = ["fact", "passage"]

    static func create(_ db: Database) throws {
        try db.execute(sql: "CREATE TABLE row_count (name TEXT PRIMARY KEY NOT NULL, count INTEGER NOT NULL) WITHOUT ROWID")
        for table in tables {
            try db.execute(sql: """
                INSERT INTO row_count (name, count) SELECT '\(table)', count(*) FROM \(table);
                CREATE TRIGGER \(table)_insert_counts AFTER INSERT ON \(table) BEGIN
                    UPDATE row_count SET count = count + 1 WHERE name = '\(table)';
                END;
                CREATE TRIGGER \(table)_delete_counts AFTER DELETE ON \(table) BEGIN
                    UPDATE row_count SET count = count - 1 WHERE name = '\(table)';
                END;
                """)
        }
    }

    /// How many rows `table` (one of ``tables``) holds.
    static func count(of table: String, _ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count FROM row_count WHERE name = ?", arguments: [table]) ?? 0
    }
}
