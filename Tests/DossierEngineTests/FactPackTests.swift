import DossierEngine
import DossierOutput
import DossierKit
import DossierStore
import Foundation
import Testing

struct FactPackTests {
    /// `../shared/corpus/sources.json` next to the package root, three levels above this file.
    static let corpusSources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/corpus/sources.json")

    /// True when the shared corpus is beside the repository, or CI demands it
    /// (`DOSSIER_REQUIRE_SHARED=1`, so a missing folder fails there instead of skipping).
    static var corpusIsPresent: Bool {
        FileManager.default.fileExists(atPath: corpusSources.path)
            || ProcessInfo.processInfo.environment["DOSSIER_REQUIRE_SHARED"] == "1"
    }

    private func corpusSourceIDs() throws -> Set<String> {
        let data = try Data(contentsOf: Self.corpusSources)
        let list = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        return Set(list.compactMap { $0["id"] as? String })
    }

    @Test func theBundledPackDecodes() throws {
        let pack = try FactPack.bundled()
        #expect(pack.version >= 1)
        #expect(!pack.contents.facts.isEmpty)
    }

    @Test func everyFactHasACitation() throws {
        let uncited = try FactPack.bundled().contents.facts.filter(\.citations.isEmpty).map(\.id)
        #expect(uncited == [])
    }

    @Test(.enabled(if: corpusIsPresent, "needs ../shared/corpus beside the repository (absent here); CI runs it"))
    func everyCitationNamesASourceInTheCorpus() throws {
        let known = try corpusSourceIDs()
        try #require(!known.isEmpty)
        let pack = try FactPack.bundled()
        let strays = pack.contents.facts.flatMap { fact in
            fact.citations.filter { !known.contains($0.source) }.map { "\(fact.id) -> \($0.source)" }
        }
        #expect(strays == [])
        #expect(Set(pack.contents.sources.map(\.id)).isSubset(of: known))
    }

    @Test func everyCitationNamesASectionOfItsSourceAndAParagraphFromOne() throws {
        let pack = try FactPack.bundled()
        let sections = Dictionary(uniqueKeysWithValues: pack.contents.sources.map { ($0.id, Set($0.sections)) })
        let bad = pack.contents.facts.flatMap { fact in
            fact.citations.filter { sections[$0.source]?.contains($0.section) != true || $0.paragraph < 1 }
                .map { "\(fact.id): \($0.section), paragraph \($0.paragraph)" }
        }
        #expect(bad == [])
    }

    @Test func everyReferencedEntityExists() throws {
        let pack = try FactPack.bundled()
        let ids = Set(pack.contents.entities.map(\.id))
        let missing = pack.contents.facts.flatMap { fact in fact.allEntities.filter { !ids.contains($0) }.map { "\(fact.id) -> \($0)" } }
        #expect(missing == [])
        let parents = pack.contents.entities.compactMap(\.partOf).filter { !ids.contains($0) }
        #expect(parents == [])
    }

    @Test func factAndEntityIDsAreUnique() throws {
        let pack = try FactPack.bundled()
        #expect(Set(pack.contents.facts.map(\.id)).count == pack.contents.facts.count)
        #expect(Set(pack.contents.entities.map(\.id)).count == pack.contents.entities.count)
    }

    @Test func anchorsAreShortPhrases() throws {
        let long = try FactPack.bundled().contents.facts.flatMap { fact in
            fact.citations.compactMap(\.anchor).filter { $0.split(separator: " ").count >= 10 }.map { "\(fact.id): \($0)" }
        }
        #expect(long == [])
    }

    @Test func aPackCitingAnUnlistedSourceIsBadData() {
        let json = """
            {"version": 1, "sources": [], "entities": [],
             "facts": [{"id": "f", "subject": "x", "predicate": "event", "statement": "S.",
                        "citations": [{"source": "nowhere", "section": "A", "paragraph": 1}]}]}
            """
        #expect(throws: DossierError.badData) { try FactPack(json: Data(json.utf8)) }
    }

    @Test func aPackWithABadTimeIsBadData() {
        let json = """
            {"version": 1, "sources": [{"id": "s", "title": "T", "publisher": "P", "kind": "k", "sections": ["A"]}],
             "entities": [],
             "facts": [{"id": "f", "subject": "x", "predicate": "event", "statement": "S.", "time": "2007-13",
                        "citations": [{"source": "s", "section": "A", "paragraph": 1}]}]}
            """
        #expect(throws: DossierError.badData) { try FactPack(json: Data(json.utf8)) }
    }
}
