import GRDB

/// The store's write generation: a count in `meta` that every write transaction through
/// ``FactStore`` advances as it commits, so a reader can tell whether anything was written
/// between two of its reads (the generation is the same) without comparing contents.
enum StoreGeneration {
    static func current(_ db: Database) throws -> Int {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'generation'").flatMap { Int($0) } ?? 0
    }

    static func advance(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO meta(key, value) VALUES ('generation', '1')
                ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)
            """)
    }
}
