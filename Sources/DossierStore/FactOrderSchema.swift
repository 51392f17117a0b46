import GRDB

/// Indexes of facts by the document that wrote them and by their place in insertion order:
/// replacing a document's facts deletes them by origin and appends after the last
/// position, and the pack is read by its origin, so each costs what it touches rather
/// than a scan of every fact.
enum FactOrderSchema {
    static func create(_ db: Database) throws {
        try db.create(index: "fact_on_origin", on: "fact", columns: ["origin"])
        try db.create(index: "fact_on_position", on: "fact", columns: ["position"])
    }
}
