public import DossierKit
import GRDB

/// What indexing takes of each stored fact and sentence beside its stored reading: their
/// row ids, a fact's identity, roles, predicate and time, a sentence's document and place,
/// without their texts or citations (read by row id when needed).
public struct StoreKeys: Sendable {
    /// A stored fact without its texts and citations.
    public struct FactKey: Sendable, Equatable {
        public var rowID: Int64
        public var id: String
        public var subject: String
        public var predicate: String
        public var object: String?
        public var time: TimeValue?

        public init(rowID: Int64, id: String, subject: String, predicate: String, object: String?, time: TimeValue?) {
            self.rowID = rowID
            self.id = id
            self.subject = subject
            self.predicate = predicate
            self.object = object
            self.time = time
        }
    }

    /// A stored sentence's row id, document and place in it.
    public struct PassageKey: Sendable, Equatable {
        public var id: Int64
        public var source: String
        public var start: Int

        public init(id: Int64, source: String, start: Int) {
            self.id = id
            self.source = source
            self.start = start
        }
    }

    /// Every fact, in the order ``FactStore/contents()`` lists them.
    public var facts: [FactKey]
    /// Every sentence, in the order ``FactStore/identifiedPassages()`` lists them.
    public var passages: [PassageKey]
    /// The store's write generation they were read at (``StoreContents/generation``).
    public var generation: Int

    public init(facts: [FactKey], passages: [PassageKey], generation: Int) {
        self.facts = facts
        self.passages = passages
        self.generation = generation
    }
}

extension FactStore {
    /// The keys of every stored fact and sentence, read in one transaction.
    public func keys() throws(DossierError) -> StoreKeys {
        try read { db in
            var facts: [StoreKeys.FactKey] = []
            facts.reserveCapacity(try RowCountSchema.count(of: "fact", db))
            let factRows = try Row.fetchCursor(db, sql: "SELECT rowid, id, subject, predicate, object, time FROM fact ORDER BY position")
            while let row = try factRows.next() {
                let time: String? = try row.decode(atIndex: 5)
                facts.append(StoreKeys.FactKey(
                    rowID: try row.decode(atIndex: 0), id: try row.decode(atIndex: 1), subject: try row.decode(atIndex: 2),
                    predicate: try row.decode(atIndex: 3), object: try row.decode(atIndex: 4), time: time.flatMap(TimeValue.init)))
            }
            var passages: [StoreKeys.PassageKey] = []
            passages.reserveCapacity(try RowCountSchema.count(of: "passage", db))
            let passageRows = try Row.fetchCursor(db, sql: "SELECT id, document, start FROM passage ORDER BY document, start")
            while let row = try passageRows.next() {
                passages.append(StoreKeys.PassageKey(id: try row.decode(atIndex: 0), source: try row.decode(atIndex: 1), start: try row.decode(atIndex: 2)))
            }
            return StoreKeys(facts: facts, passages: passages, generation: try StoreGeneration.current(db))
        }
    }
}
