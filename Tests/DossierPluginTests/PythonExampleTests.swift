import DossierEngine
import DossierOutput
import DossierExternal
import DossierKit
import DossierTesting
import Foundation
import Testing

/// The Python example in Examples/python-answerer runs as a real out-of-process
/// answerer, so the example a newcomer copies is known to work.
struct PythonExampleTests {
    static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples/python-answerer/dossier-answerer-earliest").path

    @Test func thePythonExampleShakesHandsAndBidsOnAFirstQuestion() async throws {
        let plugin = try await ExternalAnswerer(path: Self.script, report: { _ in })
        #expect(plugin.name == "earliest")
        #expect(!plugin.exampleQuestions.isEmpty)

        let answer = try await Fixtures.dossier([plugin]).ask("What was the first event between Russia and Guatemala?")

        let bid = try #require(answer.bids.first { $0.plugin == "earliest" }, "the example made no bid")
        #expect(bid.bid.answer.text.contains("2007"))
        #expect(bid.bid.answer.citations.first?.source == "fixture")
    }
}
