public import DossierKit
import Foundation
import GRDB

/// A binary image of a store's readings as one reader interns them (``ReadingImageSchema``):
/// bytes this module keeps and returns without looking inside.
public struct ReadingImage: Sendable, Equatable {
    /// What the image was made with (the reader's fingerprint and format): an image under
    /// another key is another reader's, and is neither read nor kept.
    public var key: String
    /// The store's generation the image holds for (``StoreContents/generation``).
    public var generation: Int
    public var bytes: [UInt8]

    public init(key: String, generation: Int, bytes: [UInt8]) {
        self.key = key
        self.generation = generation
        self.bytes = bytes
    }
}

extension FactStore {
    /// The stored reading image under `key`, with the generation it holds for; nil when
    /// none is stored under it (none was made, or a write since deleted it), or when
    /// `generation` is given and the image holds for another (its bytes are then not read).
    public func readingImage(key: String, generation: Int? = nil) throws(DossierError) -> ReadingImage? {
        try read { db in
            try Row.fetchOne(
                db, sql: "SELECT generation, image FROM reading_image WHERE key = ? AND (?2 IS NULL OR generation = ?2)",
                arguments: [key, generation]
            ).map { row in
                ReadingImage(key: key, generation: row[0], bytes: [UInt8](row[1] as Data))
            }
        }
    }

    /// Calls `body` with the bytes of the image stored under `key` for `generation`, read
    /// in place (not copied), and returns what it returns; nil when none is stored for it.
    public func withReadingImage<T>(
        key: String, generation: Int, _ body: (UnsafeRawBufferPointer) -> T
    ) throws(DossierError) -> T? {
        try read { db in
            let rows = try Row.fetchCursor(
                db, sql: "SELECT image FROM reading_image WHERE key = ? AND generation = ?", arguments: [key, generation])
            guard let row = try rows.next() else { return nil }
            return try row.withUnsafeData(atIndex: 0) { data in (data ?? Data()).withUnsafeBytes(body) }
        }
    }

    /// True when an image under `key` holds for the store as it is now.
    public func hasCurrentReadingImage(key: String) throws(DossierError) -> Bool {
        try read { db in
            let stored = try Int.fetchOne(db, sql: "SELECT generation FROM reading_image WHERE key = ?", arguments: [key])
            return try stored == StoreGeneration.current(db)
        }
    }
}

/// Writes a reading image in a transaction of ``FactStore/save(_:)``.
enum ReadingImageRows {
    /// Replaces the stored image with `image` when the store is still at the generation it
    /// was made at, tagged with the generation this transaction commits; otherwise another
    /// write came between, the image may not hold, and none is kept.
    static func save(_ image: ReadingImage, _ db: Database) throws {
        let current = try StoreGeneration.current(db)
        try db.execute(sql: "DELETE FROM reading_image")
        guard current == image.generation else { return }
        try db.execute(
            sql: "INSERT INTO reading_image (key, generation, image) VALUES (?, ?, ?)",
            arguments: [image.key, current + 1, Data(image.bytes)])
    }
}
