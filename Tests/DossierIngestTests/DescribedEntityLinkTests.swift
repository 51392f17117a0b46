import DossierEngine
import DossierKit
import DossierStore
import Foundation
import Testing

/// An event or agreement the pack names by a description ("the 1950 harbour accord", alias
/// "harbour accord") is not what another document's "harbour accord" means: a
/// common-words alias links only in the entity's own sources; its name links everywhere.
struct DescribedEntityLinkTests {
    static let entities = [
        Entity(id: "estavia", name: "Estavia", kind: "country"),
        Entity(id: "norland", name: "Norland", kind: "country"),
        Entity(id: "harbour-accord-1950", name: "1950 Estavia–Norland Harbour Accord", kind: "agreement",
               aliases: ["harbour accord", "Treaty of Vell"]),
    ]
    static let sources = [
        Source(id: "chronicle", title: "Chronicle", publisher: "tests"),
        Source(id: "gazette", title: "Gazette", publisher: "tests"),
    ]
    static let fact = Fact(
        id: "accord-signed", subject: "estavia", predicate: "agreement.signed", object: "harbour-accord-1950",
        entities: ["norland"], time: TimeValue("1950"), statement: "Estavia and Norland signed the accord in 1950.",
        citations: [Citation(source: "chronicle", title: "Chronicle", section: "Introduction", paragraph: 1)])

    /// The claims read from `text` ingested as the document of source `name`.
    static func claims(of text: String, in name: String = "gazette") throws -> [Fact] {
        let store = try FactStore.inMemory()
        try store.installPack(version: 1, contents: StoreContents(sources: sources, entities: entities, facts: [fact]))
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("\(name).txt").path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            _ = try DocumentIngester(store: store).ingest(path: path)
        }
        return try store.contents().facts.filter { $0.id.hasPrefix("claim-") }
    }

    @Test func aCommonWordsAliasDoesNotLinkInAnotherDocument() throws {
        let claims = try Self.claims(of: "Gazette\n\nIn 2015 Estavia signed a harbour accord with Norland.\n")
        #expect(!claims.isEmpty)
        #expect(!claims.contains { $0.allEntities.contains("harbour-accord-1950") })
    }

    @Test func aNamingAliasStillLinks() throws {
        let claims = try Self.claims(of: "Gazette\n\nIn 2015 Estavia renewed the Treaty of Vell with Norland.\n")
        #expect(claims.contains { $0.allEntities.contains("harbour-accord-1950") })
    }

    @Test func aCommonWordsAliasLinksInASourceTheEntitysFactsCite() throws {
        let text = "Chronicle\n\nEstavia and Norland trade by sea.\n\nIn 1962 Estavia extended the harbour accord with Norland.\n"
        let claims = try Self.claims(of: text, in: "chronicle")
        #expect(claims.contains { $0.allEntities.contains("harbour-accord-1950") })
    }
}
