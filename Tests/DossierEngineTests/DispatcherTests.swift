import DossierEngine
import DossierKit
import Testing
import DossierIndex
import DossierOutput

struct DispatcherTests {
    private func makeIndex() -> FactIndex {
        FactIndex(
            facts: [
                Fact(id: "norland-embassy", subject: "norland", predicate: "embassy.opened", time: TimeValue("1990"),
                     statement: "Norland opened an embassy in 1990.",
                     citations: [Citation(source: "atlas", title: "Atlas of Norland", section: "History", paragraph: 1)]),
            ],
            entities: [Entity(id: "norland", name: "Norland", kind: "country")],
            sources: [FakeStore.source])
    }

    private func dispatch(_ answerers: [any Answerer], threshold: Double = 0.5, margin: Double = 0.15) async -> Dispatch {
        let dispatcher = Dispatcher(answerers: answerers, threshold: threshold, margin: margin)
        return await dispatcher.dispatch(Question(text: "when did Norland open its embassy?"), in: makeIndex())
    }

    @Test func theBestBidAtOrOverTheThresholdWins() async {
        let result = await dispatch([
            FixedAnswerer("low", confidence: 0.55), FixedAnswerer("high", confidence: 0.9), FixedAnswerer("mid", confidence: 0.7),
        ])
        #expect(result.winner?.plugin == "high")
        #expect(result.bids.map(\.plugin) == ["high", "mid", "low"])
    }

    @Test func aBidExactlyAtTheThresholdAnswers() async {
        let result = await dispatch([FixedAnswerer("edge", confidence: 0.5)])
        #expect(result.winner?.plugin == "edge")
    }

    @Test func noBidOverTheThresholdLeavesTheQuestionUnknown() async {
        let result = await dispatch([FixedAnswerer("a", confidence: 0.49), FixedAnswerer("b", confidence: 0.2)])
        #expect(result.winner == nil)
        #expect(result.alternatives.isEmpty)
        #expect(result.bids.count == 2)
        #expect(AnswerRecord(dispatch: result, related: []).status == .unknown)
    }

    @Test func noAnswerersMeansUnknown() async {
        let result = await dispatch([])
        #expect(result.winner == nil)
        #expect(result.bids.isEmpty)
    }

    @Test func runnersUpWithinTheMarginBecomeAlternatives() async {
        let result = await dispatch([
            FixedAnswerer("winner", confidence: 0.9),
            FixedAnswerer("close", confidence: 0.8),
            FixedAnswerer("far", confidence: 0.6),
        ])
        #expect(result.winner?.plugin == "winner")
        #expect(result.alternatives.map(\.plugin) == ["close"])
    }

    @Test func alternativesMustAlsoClearTheThreshold() async {
        let result = await dispatch([FixedAnswerer("winner", confidence: 0.55), FixedAnswerer("close", confidence: 0.45)])
        #expect(result.winner?.plugin == "winner")
        #expect(result.alternatives.isEmpty)
    }

    @Test func anAlternativeSayingTheSameAsTheWinnerIsNotRepeated() async {
        let result = await dispatch([
            FixedAnswerer("a", confidence: 0.9, text: "Norland opened an embassy in 1990."),
            FixedAnswerer("b", confidence: 0.85, text: "Norland opened an embassy in 1990."),
        ])
        #expect(result.alternatives.isEmpty)
    }

    @Test(arguments: [1.5, -0.1, Double.nan, Double.infinity])
    func aBidWithConfidenceOutsideZeroToOneIsDroppedWithAReason(confidence: Double) async throws {
        let result = await dispatch([FixedAnswerer("wild", confidence: confidence), FixedAnswerer("sane", confidence: 0.6)])
        #expect(result.winner?.plugin == "sane")
        #expect(!result.bids.contains { $0.plugin == "wild" })
        let rejected = try #require(result.rejected.first)
        #expect(rejected.plugin == "wild")
        #expect(rejected.reason.contains("confidence"))
    }

    @Test func aBidCitingASourceTheStoreDoesNotHoldIsDropped() async throws {
        let result = await dispatch([FixedAnswerer("liar", confidence: 0.95, source: "made-up-source")])
        #expect(result.winner == nil)
        let rejected = try #require(result.rejected.first)
        #expect(rejected.plugin == "liar")
        #expect(rejected.reason.contains("made-up-source"))
    }

    @Test func aBidCitingNothingIsDropped() async throws {
        let bare = Bid(confidence: 0.9, answer: Answer(text: "Trust me.", citations: []), reason: "none")
        let result = await dispatch([FixedAnswerer("bare", bids: [bare])])
        #expect(result.winner == nil)
        #expect(try #require(result.rejected.first).reason.contains("cites no source"))
    }

    @Test func aThrowingAnswererIsRecordedAsAFailureAndOthersStillAnswer() async throws {
        let result = await dispatch([ThrowingAnswerer(), FixedAnswerer("steady", confidence: 0.8)])
        #expect(result.winner?.plugin == "steady")
        let failure = try #require(result.failures.first)
        #expect(failure.plugin == "broken")
        #expect(failure.message.contains("fell over"))
    }

    @Test func oneAnswererMayBidSeveralReadings() async {
        let result = await dispatch([
            FixedAnswerer("multi", bids: [FixedAnswerer.bid(0.7, text: "one reading"), FixedAnswerer.bid(0.75, text: "another")]),
        ])
        #expect(result.winner?.bid.answer.text == "another")
        #expect(result.alternatives.map(\.bid.answer.text) == ["one reading"])
    }

    @Test func theRecordOfAnAnsweredDispatchCarriesWinnerAndAlternatives() async throws {
        let result = await dispatch([FixedAnswerer("winner", confidence: 0.876), FixedAnswerer("close", confidence: 0.8)])
        let record = AnswerRecord(dispatch: result, related: [])
        #expect(record.status == .answered)
        #expect(record.plugin == "winner")
        #expect(record.confidence == 0.88)
        #expect(record.citations.map(\.source) == ["atlas"])
        #expect(record.alternatives.map(\.plugin) == ["close"])
    }
}
