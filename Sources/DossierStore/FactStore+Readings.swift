public import DossierKit
import GRDB

/// A fact's or a sentence's reading as the index stores it: text the index writes and
/// reads back (this module does not look inside), the folded words it was read from,
/// separated by spaces, and how often each word of its text occurs there (summed into the
/// store's ``FactStore/storedWordCounts()``; nil stores none).
public struct StoredReading: Sendable, Equatable {
    public var reading: String
    public var words: String
    public var wordCounts: [String: Int]?

    public init(reading: String, words: String, wordCounts: [String: Int]? = nil) {
        self.reading = reading
        self.words = words
        self.wordCounts = wordCounts
    }
}

/// What the stored readings were made with: a fingerprint of the reader (its language
/// resources, format and roles) and a digest of the entity names it matched.
public struct ReadingState: Sendable, Equatable {
    public var fingerprint: String?
    public var namesDigest: String?

    public init(fingerprint: String?, namesDigest: String?) {
        self.fingerprint = fingerprint
        self.namesDigest = namesDigest
    }
}

/// Readings to store in one transaction.
public struct ReadingChanges: Sendable {
    public var state: ReadingState
    /// The names the readings were made with, by first word; nil keeps the stored ones.
    public var names: [String: String]?
    /// True when every stored reading is dropped first (the reader changed).
    public var replacesAll: Bool
    public var facts: [String: StoredReading]
    public var passages: [Int64: StoredReading]
    /// An image of every reading once these are stored, made from the store as it was at
    /// the image's generation: stored only when nothing was written since (nil stores none).
    public var image: ReadingImage?

    public init(
        state: ReadingState, names: [String: String]?, replacesAll: Bool, facts: [String: StoredReading],
        passages: [Int64: StoredReading]
    ) {
        self.state = state
        self.names = names
        self.replacesAll = replacesAll
        self.facts = facts
        self.passages = passages
    }
}

extension FactStore {
    /// What the stored readings were made with; nils when none were stored.
    public func readingState() throws(DossierError) -> ReadingState {
        try read { db in
            ReadingState(
                fingerprint: try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'reading-fingerprint'"),
                namesDigest: try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'reading-names'"))
        }
    }

    /// The entity names the stored readings were made with, by first word.
    public func readingNames() throws(DossierError) -> [String: String] {
        try read { db in
            var names: [String: String] = [:]
            try Row.fetchCursor(db, sql: "SELECT word, signature FROM reading_name").forEach { names[$0[0]] = $0[1] as String }
            return names
        }
    }

    /// Every stored fact reading, by fact id.
    public func factReadings() throws(DossierError) -> [String: String] {
        try read { db in
            var readings: [String: String] = [:]
            try Row.fetchCursor(db, sql: "SELECT fact, reading FROM fact_reading").forEach { readings[$0[0]] = $0[1] as String }
            return readings
        }
    }

    /// Every stored sentence reading, by passage row id.
    public func passageReadings() throws(DossierError) -> [Int64: String] {
        try read { db in
            var readings: [Int64: String] = [:]
            try Row.fetchCursor(db, sql: "SELECT passage, reading FROM passage_reading").forEach {
                readings[$0[0]] = $0[1] as String
            }
            return readings
        }
    }

    /// The facts and passages whose stored reading was made from words that `isStale`
    /// accepts; it is asked only about texts holding one of `firstWords`.
    public func readings(
        holdingAny firstWords: Set<String>, where isStale: (Set<String>) -> Bool
    ) throws(DossierError) -> (facts: Set<String>, passages: Set<Int64>) {
        guard !firstWords.isEmpty else { return ([], []) }
        func stale(_ text: String) -> Bool {
            let words = text.utf8.split(separator: 32).map { String(Substring($0)) }
            return words.contains(where: firstWords.contains) && isStale(Set(words))
        }
        // SQLite passes over the texts holding none of the words (a text's words are
        // joined by single spaces), so only the others are split and asked about.
        let (holding, arguments) = Self.holdingAnyWord(firstWords)
        return try read { db in
            var facts = Set<String>(), passages = Set<Int64>()
            try Row.fetchCursor(db, sql: "SELECT fact, words FROM fact_reading" + holding, arguments: arguments).forEach {
                if stale($0[1]) { facts.insert($0[0]) }
            }
            try Row.fetchCursor(db, sql: "SELECT passage, words FROM passage_reading" + holding, arguments: arguments).forEach {
                if stale($0[1]) { passages.insert($0[0]) }
            }
            return (facts, passages)
        }
    }

    /// A `WHERE` clause keeping the readings whose `words` hold one of `words`, and its
    /// arguments; none (every reading kept) for more words than one statement should test.
    static func holdingAnyWord(_ words: Set<String>) -> (String, StatementArguments) {
        guard words.count <= 64 else { return ("", []) }
        let tests = Array(repeating: "instr(' ' || words || ' ', ?) > 0", count: words.count).joined(separator: " OR ")
        return (" WHERE " + tests, StatementArguments(words.sorted().map { " \($0) " }))
    }

    /// Every stored sentence with its row id, document by document in text order (as
    /// ``passages()``).
    public func identifiedPassages() throws(DossierError) -> [(id: Int64, passage: Passage)] {
        try read { db in
            let titles = try Dictionary(
                SourceRecord.fetchAll(db).map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
            // Read by position: GRDB's Codable decoding of every row was most of the cost.
            var passages: [(id: Int64, passage: Passage)] = []
            passages.reserveCapacity(try RowCountSchema.count(of: "passage", db))
            let rows = try Row.fetchCursor(db, sql: """
                SELECT id, document, section, paragraph, sentence, start, "end", text FROM passage ORDER BY document, start
                """)
            while let row = try rows.next() { passages.append(try StartUpRows.passage(row, title: { titles[$0] })) }
            return passages
        }
    }

    /// Stores readings in one transaction; a reading of a fact or sentence no longer
    /// stored is dropped.
    public func save(_ changes: ReadingChanges) throws(DossierError) {
        try write { db in
            if changes.replacesAll {
                try db.execute(sql: "DELETE FROM word_count")  // what the readings' deletes would take out
                try db.execute(sql: "DELETE FROM fact_reading")
                try db.execute(sql: "DELETE FROM passage_reading")
            }
            // A reading read again from the same text (the same word counts: a stale one) is
            // replaced in place, its counts kept; any other replaced is deleted first, so the
            // word counts' triggers see it go.
            let factRows = try ReadingRows(table: "fact_reading", key: "fact", rows: "fact", db: db)
            let passageRows = try ReadingRows(table: "passage_reading", key: "passage", rows: "passage", db: db)
            var added: [String: Int] = [:]
            func add(_ counts: [String: Int]?) {
                guard db.changesCount > 0, let counts else { return }  // not inserted: its text is gone
                for (word, count) in counts { added[word, default: 0] += count }
            }
            for (id, stored) in changes.facts {
                if try factRows.replaceInPlace(id, stored) { continue }
                try factRows.replace(id, stored)
                add(stored.wordCounts)
            }
            for (id, stored) in changes.passages {
                if try passageRows.replaceInPlace(id, stored) { continue }
                try passageRows.replace(id, stored)
                add(stored.wordCounts)
            }
            let count = try db.cachedStatement(sql: """
                INSERT INTO word_count (word, count) VALUES (?, ?) ON CONFLICT (word) DO UPDATE SET count = count + excluded.count
                """)
            for (word, added) in added { try count.execute(arguments: [word, added]) }
            if let names = changes.names {
                try db.execute(sql: "DELETE FROM reading_name")
                let insert = try db.cachedStatement(sql: "INSERT INTO reading_name (word, signature) VALUES (?, ?)")
                for (word, signature) in names { try insert.execute(arguments: [word, signature]) }
            }
            let meta = try db.cachedStatement(sql: """
                INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value
                """)
            try meta.execute(arguments: ["reading-fingerprint", changes.state.fingerprint ?? ""])
            try meta.execute(arguments: ["reading-names", changes.state.namesDigest ?? ""])
            if let image = changes.image {
                try ReadingImageRows.save(image, storePath: isInMemory ? nil : path, db)
            }
        }
        // An image kept in the row is most of a write-ahead log every later reader would
        // have to read through: it goes into the file now, and the log is emptied when no
        // reader holds it.
        if changes.image != nil { checkpoint() }
    }
}

/// The statements that write one kind of reading (`table`, keyed by `key`, of the rows of
/// `rows`) in a transaction of ``FactStore/save(_:)``.
private struct ReadingRows {
    let counted: Statement
    let inPlace: Statement
    let delete: Statement
    let insert: Statement

    init(table: String, key: String, rows: String, db: Database) throws {
        counted = try db.cachedStatement(sql: "SELECT counted FROM \(table) WHERE \(key) = ?")
        inPlace = try db.cachedStatement(sql: "UPDATE \(table) SET reading = ?2, words = ?3 WHERE \(key) = ?1")
        delete = try db.cachedStatement(sql: "DELETE FROM \(table) WHERE \(key) = ?")
        insert = try db.cachedStatement(sql: """
            INSERT INTO \(table) (\(key), reading, words, counted)
            SELECT ?1, ?2, ?3, ?4 WHERE EXISTS (SELECT 1 FROM \(rows) WHERE id = ?1)
            """)
    }

    /// Replaces the reading of `id` in place when one is stored with the same word counts
    /// as `stored`'s (its text read again): true when it was.
    func replaceInPlace(_ id: some DatabaseValueConvertible, _ stored: StoredReading) throws -> Bool {
        guard let counts = stored.wordCounts, let old = try String.fetchOne(counted, arguments: [id]),
              WordCounts.parse(old) == counts
        else { return false }
        try inPlace.execute(arguments: [id, stored.reading, stored.words])
        return true
    }

    /// Deletes the reading of `id` (if any) and inserts `stored`'s, unless its row is gone.
    func replace(_ id: some DatabaseValueConvertible, _ stored: StoredReading) throws {
        try delete.execute(arguments: [id])
        try insert.execute(arguments: [id, stored.reading, stored.words, stored.wordCounts.map(WordCounts.json)])
    }
}
