import Foundation
public import DossierKit
import GRDB

/// How often each word occurs in the texts of the store's facts and sentences
/// (``WordCountSchema``), with how many of each it was summed over.
public struct StoredWordCounts: Sendable, Equatable {
    /// Facts and sentences whose words the counts hold: all the store has.
    public var facts: Int
    public var passages: Int
    public var counts: [String: Int]

    public init(facts: Int, passages: Int, counts: [String: Int]) {
        self.facts = facts
        self.passages = passages
        self.counts = counts
    }
}

extension FactStore {
    /// The word counts of every fact's and sentence's text, read in one transaction; nil
    /// when some fact or sentence has no counted reading yet (never read, or read before
    /// the store kept counts), or the store predates them: then they are not complete.
    ///
    /// Complete means every fact and sentence has a reading (none is listed unread) and no
    /// reading lacks its counts (the index of uncounted readings is empty): two lookups,
    /// whatever the store's size (readings go with their fact or sentence, so there is no
    /// reading of neither).
    public func storedWordCounts() throws(DossierError) -> StoredWordCounts? {
        try read { db in
            guard try db.tableExists("word_count") else { return nil }
            let complete = try Bool.fetchOne(db, sql: """
                SELECT NOT EXISTS (SELECT 1 FROM unread_fact) AND NOT EXISTS (SELECT 1 FROM unread_passage)
                    AND NOT EXISTS (SELECT 1 FROM fact_reading WHERE counted IS NULL)
                    AND NOT EXISTS (SELECT 1 FROM passage_reading WHERE counted IS NULL)
                """) ?? false
            guard complete else { return nil }
            var counts: [String: Int] = [:]
            try Row.fetchCursor(db, sql: "SELECT word, count FROM word_count").forEach { counts[$0[0]] = $0[1] as Int }
            return StoredWordCounts(
                facts: try RowCountSchema.count(of: "fact", db), passages: try RowCountSchema.count(of: "passage", db),
                counts: counts)
        }
    }
}

/// A text's word counts as ``WordCountSchema`` stores them: a JSON object of word to count
/// (in no particular order).
enum WordCounts {
    static func json(_ counts: [String: Int]) -> String {
        var bytes: [UInt8] = [0x7B]
        bytes.reserveCapacity(counts.count * 12 + 2)
        for (word, count) in counts {
            if bytes.count > 1 { bytes.append(0x2C) }
            bytes.append(0x22)
            for byte in word.utf8 {
                switch byte {
                case 0x22, 0x5C: bytes += [0x5C, byte]  // folded words are letters: escaped all the same
                case ..<0x20: bytes += Array("\\u00".utf8) + [hex(byte >> 4), hex(byte & 0xF)]
                default: bytes.append(byte)
                }
            }
            bytes += [0x22, 0x3A]
            bytes += Array(String(count).utf8)
        }
        bytes.append(0x7D)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hex(_ digit: UInt8) -> UInt8 { digit < 10 ? 0x30 + digit : 0x61 + digit - 10 }

    /// The counts `json` holds (as ``json(_:)`` writes them); nil when it is not such an object.
    static func parse(_ json: String) -> [String: Int]? {
        try? JSONDecoder().decode([String: Int].self, from: Data(json.utf8))
    }
}
