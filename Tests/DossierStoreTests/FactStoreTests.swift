import DossierKit
import DossierStore
import Foundation
import GRDB
import Testing

struct FactStoreTests {
    /// Invented contents: two countries, a city, two facts, one source.
    private func makeContents(statement: String = "Norland opened an embassy in Pellor in 1990.") -> StoreContents {
        let source = Source(id: "atlas", title: "Atlas of Norland", publisher: "Tests", kind: "fixture",
                            published: "2020", sections: ["History", "Trade"])
        let cite = Citation(source: "atlas", title: "Atlas of Norland", section: "History", paragraph: 2, anchor: "opened an embassy")
        return StoreContents(
            sources: [source],
            entities: [
                Entity(id: "estavia", name: "Estavia", kind: "country", aliases: ["Estávia", "Estavian"]),
                Entity(id: "norland", name: "Norland", kind: "country", aliases: ["Norlandic"]),
                Entity(id: "pellor", name: "Pellor", kind: "city", partOf: "estavia"),
            ],
            facts: [
                Fact(id: "norland-embassy-pellor", subject: "norland", predicate: "embassy.opened", object: "estavia",
                     entities: ["pellor"], qualifiers: ["place": "Pellor"], time: TimeValue("1990"),
                     statement: statement, keywords: "mission open", citations: [cite]),
                Fact(id: "estavia-sells-copper", subject: "estavia", predicate: "trade.export", object: "norland",
                     qualifiers: ["goods": "copper", "amount": "$3 million"], time: TimeValue("early 1960s"),
                     statement: "Estavia sold copper to Norland in the early 1960s.",
                     citations: [cite, Citation(source: "atlas", title: "Atlas of Norland", section: "Trade", paragraph: 1)]),
            ])
    }

    @Test func installedPackReadsBackEqual() throws {
        // Given
        let store = try FactStore.inMemory()
        let contents = makeContents()
        // When
        try store.installPack(version: 3, contents: contents)
        // Then
        let read = try store.contents()
        #expect(read.sources == contents.sources)
        #expect(read.entities == contents.entities)
        #expect(read.facts == contents.facts)
    }

    @Test func aFreshStoreHoldsNoPackVersion() throws {
        let store = try FactStore.inMemory()
        #expect(try store.packVersion() == nil)
        #expect(try store.contents().facts.isEmpty)
    }

    @Test func remembersThePackVersion() throws {
        let store = try FactStore.inMemory()
        try store.installPack(version: 7, contents: makeContents())
        #expect(try store.packVersion() == 7)
        try store.installPack(version: 8, contents: makeContents())
        #expect(try store.packVersion() == 8)
    }

    @Test func reinstallingReplacesThePackFacts() throws {
        let store = try FactStore.inMemory()
        try store.installPack(version: 1, contents: makeContents())
        var second = makeContents(statement: "Norland set up an embassy in Pellor in 1990.")
        second.facts.removeLast()
        try store.installPack(version: 2, contents: second)
        let read = try store.contents()
        #expect(read.facts.map(\.id) == ["norland-embassy-pellor"])
        #expect(read.facts.first?.statement == "Norland set up an embassy in Pellor in 1990.")
    }

    @Test func aStoreOnDiskKeepsItsContentsWhenReopened() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("store.sqlite").path
            do {
                let store = try FactStore(path: path)
                #expect(store.path == path)
                try store.installPack(version: 4, contents: makeContents())
            }
            let reopened = try FactStore(path: path)
            #expect(try reopened.packVersion() == 4)
            #expect(try reopened.contents().facts == makeContents().facts)
        }
    }

    @Test func refusesAFileThatIsNotSQLiteAndLeavesItsBytesAlone() throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("notes.sqlite")
            let junk = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) })
            try junk.write(to: url)

            let error = #expect(throws: DossierError.notAStore) { try FactStore(path: url.path) }
            #expect(error?.message.contains(url.path) == true)
            #expect(try Data(contentsOf: url) == junk)
        }
    }

    @Test func refusesAnSQLiteDatabaseWithForeignTablesAndLeavesItAlone() throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("recipes.sqlite")
            do {
                let queue = try DatabaseQueue(path: url.path)
                try queue.write { db in
                    try db.execute(sql: "CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
                    try db.execute(sql: "INSERT INTO recipe (name) VALUES ('pepian'), ('kak ik')")
                }
                try queue.close()
            }
            let before = try Data(contentsOf: url)

            let error = #expect(throws: DossierError.notAStore) { try FactStore(path: url.path) }
            #expect(error?.message.contains(url.path) == true)
            #expect(try Data(contentsOf: url) == before)
            let tables = try DatabaseQueue(path: url.path).read { db in
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            }
            #expect(tables == ["recipe"])
        }
    }

    @Test func refusesAStoreWrittenByANewerDossier() throws {
        try withTemporaryDirectory { directory in
            let path = try makeInstalledStore(in: directory)
            try alter(path, sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
            let migrationsBefore = try migrations(at: path)

            let error = #expect(throws: DossierError.storeTooNew) { try FactStore(path: path) }
            #expect(error?.message.contains(path) == true)
            #expect(try migrations(at: path) == migrationsBefore)
        }
    }

    @Test func aStoreFromBeforePublishersCouldBeUnknownLosesItsPlaceholder() throws {
        try withTemporaryDirectory { directory in
            let path = try makeInstalledStore(in: directory)
            // The store as an older Dossier left it: the placeholder written, the migration not run.
            try alter(
                path, sql: "UPDATE source SET publisher = 'unknown publisher'",
                "DELETE FROM grdb_migrations WHERE identifier = 'v6-publisher-not-given'")
            let sources = try FactStore(path: path).contents().sources
            #expect(sources.map(\.publisher) == [""])
        }
    }

    @Test func anEmptyFileBecomesAStore() throws {
        try withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("empty.sqlite")
            try Data().write(to: url)
            let store = try FactStore(path: url.path)
            #expect(try store.packVersion() == nil)
        }
    }

    /// A store file in `directory` holding the invented contents as pack version 1; its path.
    private func makeInstalledStore(in directory: URL) throws -> String {
        let path = directory.appendingPathComponent("store.sqlite").path
        try FactStore(path: path).installPack(version: 1, contents: makeContents())
        return path
    }

    /// Runs `statements` on the store file at `path` behind Dossier's back, then closes it.
    private func alter(_ path: String, sql statements: String...) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in for statement in statements { try db.execute(sql: statement) } }
        try queue.close()
    }

    private func migrations(at path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
        }
    }
}
