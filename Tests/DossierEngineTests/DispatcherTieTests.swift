import DossierEngine
import DossierIndex
import DossierKit
import Testing

/// Bids of equal confidence are ordered by their evidence, not by which answerer was
/// registered first.
struct DispatcherTieTests {
    private func bid(_ evidence: Confidence.Evidence?) -> Bid {
        let plain = FixedAnswerer.bid(0.8, text: "said with evidence \(String(describing: evidence?.terms))")
        return Bid(confidence: plain.confidence, answer: plain.answer, reason: plain.reason, evidence: evidence)
    }

    private func winner(of answerers: [any Answerer]) async -> String? {
        let index = FactIndex(facts: [], entities: [], sources: [FakeStore.source])
        return await Dispatcher(answerers: answerers).dispatch(Question(text: "when?"), in: index).winner?.plugin
    }

    @Test func theStrongerEvidenceWinsATieWhereverItIsRegistered() async {
        let weak = FixedAnswerer("weak", bids: [bid(Confidence.Evidence(terms: 0.7))])
        let strong = FixedAnswerer("strong", bids: [bid(Confidence.Evidence(terms: 0.9))])
        #expect(await winner(of: [weak, strong]) == "strong")
        #expect(await winner(of: [strong, weak]) == "strong")
    }

    @Test func aBidGivingItsEvidenceWinsATieOverOneThatGivesNone() async {
        let silent = FixedAnswerer("silent", bids: [bid(nil)])
        let shown = FixedAnswerer("shown", bids: [bid(Confidence.Evidence(terms: 0.6))])
        #expect(await winner(of: [silent, shown]) == "shown")
    }

    @Test func evidenceComparesTermsFirstThenEntities() {
        #expect(Confidence.Evidence(terms: 0.9, entities: 0.1).isStronger(than: Confidence.Evidence(terms: 0.8, entities: 1)))
        #expect(Confidence.Evidence(terms: 0.8, entities: 1).isStronger(than: Confidence.Evidence(terms: 0.8, entities: 0.9)))
        #expect(!Confidence.Evidence().isStronger(than: Confidence.Evidence()))
    }
}
