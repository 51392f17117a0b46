import DossierEngine
import DossierIndex
import DossierKit
import Testing

/// The answerers bid at once within one budget per question; the result does not depend
/// on who finished first; cancelling the question cancels the answerers' work.
@Suite(.timeLimit(.minutes(2)))
struct DispatcherConcurrencyTests {
    private let index = FactIndex(facts: [], entities: [], sources: [FakeStore.source])
    private let question = Question(text: "when did Norland open its embassy?")

    @Test func answerersThatFinishInAnyOrderGiveTheSameBidsAndWinner() async {
        // The first answerer is the slowest: registration order must still decide the tie.
        let answerers: [any Answerer] = [
            DelayedAnswerer("first", confidence: 0.9, delay: .milliseconds(60)),
            DelayedAnswerer("second", confidence: 0.9, delay: .milliseconds(30)),
            DelayedAnswerer("third", confidence: 0.7, delay: .zero),
        ]
        let dispatcher = Dispatcher(answerers: answerers)

        for _ in 0..<5 {
            let dispatch = await dispatcher.dispatch(question, in: index)
            #expect(dispatch.bids.map(\.plugin) == ["first", "second", "third"])
            #expect(dispatch.winner?.plugin == "first")
        }
    }

    @Test func anAnswererThatNeverReturnsCostsTheBudgetAndIsRecorded() async {
        let dispatcher = Dispatcher(
            answerers: [StuckAnswerer(), FixedAnswerer("quick", confidence: 0.8)], budget: .milliseconds(200))

        let dispatch = await dispatcher.dispatch(question, in: index)

        #expect(dispatch.winner?.plugin == "quick")
        #expect(dispatch.failures.map(\.plugin) == ["stuck"])
        #expect(dispatch.failures.first?.message.contains("budget") == true)
    }

    @Test func cancellingTheQuestionCancelsTheAnswerersWork() async {
        let (started, startedSink) = AsyncStream.makeStream(of: Void.self)
        let (cancelled, cancelledSink) = AsyncStream.makeStream(of: Void.self)
        let watcher = CancellationWatcher(started: startedSink, cancelled: cancelledSink)
        let dispatcher = Dispatcher(answerers: [watcher], budget: .seconds(600))

        let asking = Task { await dispatcher.dispatch(question, in: index) }
        for await _ in started { break }
        asking.cancel()
        let dispatch = await asking.value

        var sawCancellation = false
        for await _ in cancelled {
            sawCancellation = true
            break
        }
        #expect(sawCancellation)
        #expect(dispatch.winner == nil)
        #expect(dispatch.failures.isEmpty, "a cancelled question is not a plugin failure: \(dispatch.failures)")
    }
}

/// Bids after a pause.
private struct DelayedAnswerer: Answerer {
    let name: String
    let confidence: Double
    let delay: Duration

    init(_ name: String, confidence: Double, delay: Duration) {
        self.name = name
        self.confidence = confidence
        self.delay = delay
    }

    func bid(for question: Question, in facts: any FactQuery) async throws -> [Bid] {
        try await Task.sleep(for: delay)
        return [FixedAnswerer.bid(confidence, text: "\(name) says so.")]
    }
}

/// Never answers and ignores cancellation, like a plugin stuck in a system call.
private struct StuckAnswerer: Answerer {
    let name = "stuck"

    func bid(for question: Question, in facts: any FactQuery) async throws -> [Bid] {
        await Task.detached { try? await Task.sleep(for: .seconds(3600)) }.value
        return []
    }
}

/// Says when it starts and when its work is cancelled.
private struct CancellationWatcher: Answerer {
    let name = "watcher"
    let started: AsyncStream<Void>.Continuation
    let cancelled: AsyncStream<Void>.Continuation

    func bid(for question: Question, in facts: any FactQuery) async throws -> [Bid] {
        started.yield()
        do {
            try await Task.sleep(for: .seconds(3600))
        } catch {
            cancelled.yield()
            throw error
        }
        return []
    }
}
