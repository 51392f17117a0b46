import GRDB

/// Rows written many to an `INSERT` statement, in order (rowids come out as one row per
/// statement would give them). A statement ends with a savepoint on every virtual table in
/// the transaction, and FTS5 writes its pending terms out at each one: a document's
/// sentences inserted one per statement left a full-text segment per sentence to merge.
enum RowBatch {
    /// Rows per statement: far under SQLite's limit of bound values, and large enough
    /// that the statements' own cost is a small part of a document's.
    static let rowsPerStatement = 100

    /// One row's values, in column order.
    static func row(_ values: (any DatabaseValueConvertible)?...) -> [DatabaseValue] {
        values.map { $0?.databaseValue ?? .null }
    }

    /// Inserts `rows` (each one value per column, in `columns` order) into `table`.
    static func insert(_ rows: [[DatabaseValue]], into table: String, columns: [String], _ db: Database) throws {
        let placeholders = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        let head = "INSERT INTO \(table) (" + columns.map { "\"\($0)\"" }.joined(separator: ", ") + ") VALUES "
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(start + rowsPerStatement, rows.count)]
            let statement = try db.cachedStatement(sql: head + Array(repeating: placeholders, count: chunk.count).joined(separator: ", "))
            var values: [DatabaseValue] = []
            values.reserveCapacity(chunk.count * columns.count)
            for row in chunk { values += row }
            try statement.execute(arguments: StatementArguments(values))
            start += chunk.count
        }
    }
}
