import DossierEngine
import DossierKit
import DossierOutput
import DossierTesting
import GeneralPlugin
import TimelinePlugin
import TradePlugin
import Testing
import VisitsPlugin

/// A confidence means the same whichever answerer gives it: the same facts matched by
/// the same question give the same confidence from the specialist that owns their domain
/// and from the general answerer (alone, it owns every domain).
struct ConfidenceCalibrationTests {
    static let cases: [(question: String, specialist: any Answerer)] = [
        ("What does Norland export to Estavia?", TradeAnswerer()),
        ("Why did Ilsa Marrow visit Estavia in 2011?", VisitsAnswerer()),
        ("When did Estavia open its embassy in Varnhal?", TimelineAnswerer()),
    ]

    @Test(arguments: cases.indices)
    func sameEvidenceGivesTheSameConfidence(index: Int) async throws {
        let (question, specialist) = Self.cases[index]
        let own = try TestDossier(entities: Fixtures.entities, facts: Fixtures.facts, answerers: [specialist])
        let general = try TestDossier(entities: Fixtures.entities, facts: Fixtures.facts, answerers: [GeneralAnswerer()])
        let a = try #require(await own.bids(for: question).first)
        let b = try #require(await general.bids(for: question).first)
        #expect(a.confidence >= Confidence.threshold)
        #expect(a.confidence == b.confidence)
        #expect(a.answer.factIDs == b.answer.factIDs)
    }

    @Test func everyBidLiesBetweenZeroAndOne() async throws {
        let dossier = try Fixtures.makeDossier()
        for question in ["What happened in 1978?", "Who is Tomás Quirera?", "What does Norland export to Estavia?"] {
            for bid in await dossier.bids(for: question) { #expect((0...1).contains(bid.confidence)) }
        }
    }
}
