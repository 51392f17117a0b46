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
        guard let (found, image) = try mappedImage(key: key, generation: generation) else { return nil }
        return ReadingImage(key: key, generation: found, bytes: [UInt8](image.bytes))
    }

    /// The bytes of the image stored under `key` for `generation`, mapped from the image
    /// file (or copied from the row of a store in memory), for as long as the value is
    /// held; nil when none is stored for it, or its file is gone or not the one the row names.
    public func mappedReadingImage(key: String, generation: Int) throws(DossierError) -> MappedImage? {
        try mappedImage(key: key, generation: generation)?.image
    }

    private func mappedImage(key: String, generation: Int?) throws(DossierError) -> (generation: Int, image: MappedImage)? {
        let row = try read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT generation, file, CASE WHEN file IS NULL THEN image END FROM reading_image
                    WHERE key = ? AND (?2 IS NULL OR generation = ?2)
                    """,
                arguments: [key, generation])
        }
        guard let row else { return nil }
        let found: Int = row[0]
        if let token = row[1] as Data? {
            return ImageFile.map(forStoreAt: path, token: [UInt8](token)).map { (found, $0) }
        }
        let bytes = (row[2] as Data?) ?? Data()
        return (found, bytes.withUnsafeBytes { MappedImage(copying: $0) })
    }

    /// True when an image under `key` holds for the store as it is now (and its file, for
    /// an image kept in one, is the one the store names).
    public func hasCurrentReadingImage(key: String) throws(DossierError) -> Bool {
        let found = try read { db -> (current: Bool, token: Data?) in
            guard let row = try Row.fetchOne(db, sql: "SELECT generation, file FROM reading_image WHERE key = ?", arguments: [key])
            else { return (false, nil) }
            return (try row[0] == StoreGeneration.current(db), row[1])
        }
        guard found.current else { return false }
        return found.token.map { ImageFile.map(forStoreAt: path, token: [UInt8]($0)) != nil } ?? true
    }
}

/// Writes a reading image in a transaction of ``FactStore/save(_:)``.
enum ReadingImageRows {
    /// Replaces the stored image with `image` when the store is still at the generation it
    /// was made at, tagged with the generation this transaction commits; otherwise another
    /// write came between, the image may not hold, and none is kept. A store on disk
    /// (`storePath`) keeps the bytes in its image file and the row the file's token; where
    /// that file cannot be written, the row keeps the bytes.
    static func save(_ image: ReadingImage, storePath: String?, _ db: Database) throws {
        let current = try StoreGeneration.current(db)
        try db.execute(sql: "DELETE FROM reading_image")
        guard current == image.generation else { return }
        if let storePath {
            let token = ImageFile.newToken()
            if (try? ImageFile.write(image.bytes, token: token, forStoreAt: storePath)) != nil {
                try db.execute(
                    sql: "INSERT INTO reading_image (key, generation, image, file) VALUES (?, ?, ?, ?)",
                    arguments: [image.key, current + 1, Data(), Data(token)])
                return
            }
        }
        try db.execute(
            sql: "INSERT INTO reading_image (key, generation, image) VALUES (?, ?, ?)",
            arguments: [image.key, current + 1, Data(image.bytes)])
    }
}
