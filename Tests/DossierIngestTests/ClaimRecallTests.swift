import DossierEngine
import DossierKit
import DossierReading
import DossierStore
import Foundation
import Testing

/// How much of the bundled pack's dated facts reading the shared corpus alone recovers:
/// a store without the pack (no curated entity or fact helps), each pack fact counted as
/// found when a claim of the same source has the same predicate class and the same date
/// at the same precision. Needs ../shared/corpus; skipped with a reason without it.
struct ClaimRecallTests {
    /// Pack domains and the claim domains that say the same.
    static let classes: [String: String] = [
        "diplomatic-relations": "relations", "talks": "meeting", "representation": "embassy", "conference": "meeting",
        "accusation": "position", "peace-process": "agreement",
    ]

    static func predicateClass(_ predicate: String) -> String {
        let domain = String(predicate.prefix { $0 != "." })
        return classes[domain] ?? domain
    }

    @Test(.enabled(if: !CorpusFixture.files.isEmpty, "needs ../shared/corpus beside the repository"))
    func readingTheCorpusAloneRecoversSeventyPercentOfThePacksDatedFacts() throws {
        let store = try FactStore.inMemory()
        for path in CorpusFixture.files {
            _ = try DocumentIngester(store: store, index: try QuestionEngine.index(of: store)).ingest(path: path)
        }
        let claims = try store.contents().facts
        let pack = try FactPack.bundled().contents.facts.filter { $0.time != nil && $0.citations.first != nil }
        var found = 0
        var missed: [String] = []
        for fact in pack {
            let source = fact.citations[0].source
            let hit = claims.contains { claim in
                claim.citations.contains { $0.source == source } && claim.time?.text == fact.time?.text
                    && Self.predicateClass(claim.predicate) == Self.predicateClass(fact.predicate)
            }
            if hit { found += 1 } else { missed.append("\(fact.id) [\(fact.predicate) \(fact.time!.text)]") }
        }
        // A date is invented when the cited sentence writes neither its year nor a partial
        // date (a month, a weekday) that the document's date completes, and it does not
        // continue a narrative whose section stated the day (qualifier `dated`).
        let invented = claims.filter { claim in
            guard let time = claim.time, let year = time.from, let quote = claim.citations.first?.quote else { return false }
            return !quote.contains(String(year)) && !Self.partialDate.contains { quote.contains($0) }
                && claim.qualifiers["dated"] == nil
        }.map(\.id)
        let recall = Double(found) / Double(max(pack.count, 1))
        print("claim recall on the corpus: \(found)/\(pack.count) dated pack facts (\(Int((recall * 100).rounded()))%); claims: \(claims.count); invented dates: \(invented.count)")
        print("missed: " + missed.joined(separator: "; "))
        #expect(!pack.isEmpty)
        #expect(invented.isEmpty, "invented dates: \(invented)")
        #expect(recall >= Self.expectedRecall, "recall \(found)/\(pack.count); missed: \(missed)")
    }

    /// The recall the reading must keep (issue 10 asks for 70%).
    static let expectedRecall = 0.7

    static let partialDate = TimeValue.monthNames + ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "last year", "next year", "following year"]
}
