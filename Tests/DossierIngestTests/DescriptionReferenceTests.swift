import DossierKit
import Testing

/// A definite description of a country ("the Borean powerhouse") refers to a country the
/// document named; a capitalised adjective in it, known or not, describes that country and
/// names nothing. Invented countries and region.
struct DescriptionReferenceTests {
    static let text = """
         date 2021-04-10 Norland opens a consulate in Estavia

        Norland opened a consulate in Estavia on Friday, a year after the Borean powerhouse restored its relations with Tarland.
        """

    @Test func anUnknownAdjectiveDescribesTheCountryReferredTo() throws {
        let claims = try ClaimReadingTests.claims(of: Self.text)
        let restored = try #require(claims.first { $0.predicate == "relations.restored" })
        #expect(restored.subject == "norland", "\(restored.subject) \(restored.allEntities)")
        #expect(!restored.allEntities.contains { $0.contains("borean") }, "\(restored.allEntities)")
        #expect(restored.time == TimeValue("2020"), "\(String(describing: restored.time)) \(restored.qualifiers)")
        let opened = try #require(claims.first { $0.predicate == "embassy.opened" })
        #expect(opened.time == TimeValue("2021-04-09"))
    }
}
