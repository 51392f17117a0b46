import DossierKit
import Testing

/// A definite description of a country with an adjective nobody named ("the Borean
/// powerhouse") is never taken for a country it may not be: the document's topic or
/// another one it named. Invented countries.
struct DescriptionReferenceTests {
    static let text = """
         date 2021-04-10 Norland opens a consulate in Estavia

        Norland opened a consulate in Estavia on Friday, a year after the Borean powerhouse restored its relations with Tarland.
        """

    @Test func anUnknownAdjectiveIsNoOtherCountry() throws {
        let claims = try ClaimReadingTests.claims(of: Self.text)
        let restored = try #require(claims.first { $0.predicate == "relations.restored" })
        #expect(!["norland", "estavia", "tarland"].contains(restored.subject), "\(restored.subject) \(restored.allEntities)")
        #expect(restored.time == TimeValue("2020"), "\(String(describing: restored.time)) \(restored.qualifiers)")
        let opened = try #require(claims.first { $0.predicate == "embassy.opened" })
        #expect(opened.time == TimeValue("2021-04-09"))
    }
}
