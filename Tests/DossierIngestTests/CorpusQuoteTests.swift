import DossierEngine
import DossierOutput
import DossierKit
import DossierStore
import Testing
import DossierIndex

/// After ingesting the shared corpus, every bundled citation quotes its sentence, and
/// every quote stands verbatim at its offsets.
@Suite(.enabled(if: CorpusFixture.isPresent, CorpusFixture.missing))
struct CorpusQuoteTests {
    private func ingestedCorpus() throws -> FactStore {
        let (store, engine) = try CorpusFixture.packStore()
        let ingester = DocumentIngester(store: store, index: engine.index)
        for path in CorpusFixture.files { _ = try ingester.ingest(path: path) }
        return store
    }

    @Test func everyBundledCitationCarriesAQuoteFoundAtItsOffsets() throws {
        try #require(CorpusFixture.files.count == 4)
        let store = try ingestedCorpus()

        let audit = try StoredQuotes.audit(store)

        #expect(audit.problems.isEmpty, "\(audit.problems)")
        let citations = try store.contents().facts.flatMap(\.citations)
        #expect(!citations.isEmpty)
        #expect(citations.allSatisfy { $0.quote?.isEmpty == false })
        #expect(audit.verified == citations.count)
    }

    @Test func quotesAreFilledInAgainWhenThePackIsReinstalled() throws {
        try #require(CorpusFixture.files.count == 4)
        let store = try ingestedCorpus()
        let pack = try FactPack.bundled()
        try store.installPack(version: pack.version + 1, fingerprint: pack.fingerprint, contents: pack.contents)
        #expect(try store.contents().facts.contains { $0.citations.contains { $0.quote == nil } })

        try StoredQuotes.refresh(in: store)

        #expect(try store.contents().facts.allSatisfy { $0.citations.allSatisfy { $0.quote != nil } })
    }
}
