@testable import DossierShell
import DossierEngine
import DossierKit
import Foundation
import Synchronization
import Testing

#if canImport(Glibc)
import Glibc
import DossierIndex
import DossierOutput
#endif

// Serialized: each test installs the process's SIGINT handler, and a second SignalPipe
// would take the signal from the first.
@Suite(.serialized)
struct AnswerInFlightTests {
    /// Notes when it starts and whether it was cancelled.
    private final class Observations: Sendable {
        private let started = Mutex(false)
        private let cancelled = Mutex(false)
        func start() { started.withLock { $0 = true } }
        func cancel() { cancelled.withLock { $0 = true } }
        var hasStarted: Bool { started.withLock { $0 } }
        var wasCancelled: Bool { cancelled.withLock { $0 } }
    }

    /// An answerer that takes a minute unless cancelled.
    private struct SlowAnswerer: Answerer {
        let observations: Observations
        var name: String { "slow" }
        func bid(for question: Question, in facts: any FactQuery) async throws -> [Bid] {
            observations.start()
            do {
                try await Task.sleep(for: .seconds(60))
            } catch {
                observations.cancel()
            }
            return []
        }
    }

    /// Waits, without holding a thread of the pool, until `condition` holds or 30 s pass.
    /// Waits for what the test expects, as long as a loaded machine may need.
    private static func waitUntil(_ condition: () -> Bool) async -> Bool {
        let deadline = Date().addingTimeInterval(180)
        while !condition() {
            if Date() > deadline { return false }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return true
    }

    /// Runs the blocking `AnswerInFlight.ask` on a thread of its own, as the shell does.
    private static func askOnThread(_ text: String, engine: QuestionEngine, signals: SignalPipe) async -> QuestionEngine.Response? {
        await withCheckedContinuation { continuation in
            Thread {
                continuation.resume(returning: try? AnswerInFlight.ask(text, engine: engine, signals: signals))
            }.start()
        }
    }

    @Test func ctrlCCancelsTheAnswerBeingWorkedOut() async throws {
        let observations = Observations()
        let engine = QuestionEngine(index: FactIndex(facts: [], entities: [], sources: []),
                                    answerers: [SlowAnswerer(observations: observations)])
        let signals = try SignalPipe()
        async let response = Self.askOnThread("a slow question", engine: engine, signals: signals)
        // A real SIGINT, as Ctrl-C sends, once the answer is under way.
        try #require(await Self.waitUntil { observations.hasStarted })
        kill(getpid(), SIGINT)
        #expect(await response == nil)
        #expect(await Self.waitUntil { observations.wasCancelled })
    }

    @Test func anAnswerThatFinishesIsReturned() async throws {
        let engine = QuestionEngine(index: FactIndex(facts: [], entities: [], sources: []), answerers: [])
        let signals = try SignalPipe()
        let response = await Self.askOnThread("anything", engine: engine, signals: signals)
        #expect(response?.record.status == .unknown)
    }
}
