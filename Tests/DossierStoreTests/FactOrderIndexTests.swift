import DossierStore
import Foundation
import GRDB
import Testing

/// Replacing a document's facts and reading the pack find their rows by index, not by a
/// scan of every fact.
struct FactOrderIndexTests {
    static func plan(_ sql: String) throws -> String {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("store.sqlite").path
            _ = try FactStore(path: path)
            return try DatabaseQueue(path: path).read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String? ?? "" }.joined(separator: "\n")
            }
        }
    }

    @Test(arguments: [
        "DELETE FROM fact WHERE origin = 'document:x'",
        "SELECT * FROM fact WHERE origin = 'pack' ORDER BY position",
        "SELECT COALESCE(MAX(position), -1) + 1 FROM fact",
    ])
    func readsFactsByIndex(sql: String) throws {
        let plan = try Self.plan(sql)
        #expect(plan.contains("INDEX") || plan.contains("COVERING"), "\(plan)")
        #expect(!plan.contains("SCAN fact\n") && !plan.hasSuffix("SCAN fact"), "\(plan)")
    }
}
