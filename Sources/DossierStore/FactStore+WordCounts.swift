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
    public func storedWordCounts() throws(DossierError) -> StoredWordCounts? {
        try read { db in
            guard try db.tableExists("word_count") else { return nil }
            let row = try Row.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM fact), (SELECT count(*) FROM fact_reading WHERE counted IS NOT NULL),
                       (SELECT count(*) FROM passage), (SELECT count(*) FROM passage_reading WHERE counted IS NOT NULL)
                """)
            guard let row, row[0] as Int == row[1] as Int, row[2] as Int == row[3] as Int else { return nil }
            var counts: [String: Int] = [:]
            try Row.fetchCursor(db, sql: "SELECT word, count FROM word_count").forEach { counts[$0[0]] = $0[1] as Int }
            return StoredWordCounts(facts: row[0], passages: row[2], counts: counts)
        }
    }
}

/// A text's word counts as ``WordCountSchema`` stores them: a JSON object of word to count.
enum WordCounts {
    static func json(_ counts: [String: Int]) -> String {
        var text = "{"
        for (word, count) in counts.sorted(by: { $0.key < $1.key }) {
            if text.utf8.count > 1 { text += "," }
            text += "\"" + escaped(word) + "\":" + String(count)
        }
        return text + "}"
    }

    /// The word as a JSON string's contents (folded words are letters; anything else is
    /// escaped all the same).
    private static func escaped(_ word: String) -> String {
        guard word.utf8.contains(where: { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 }) else { return word }
        var text = ""
        for scalar in word.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text
    }
}
