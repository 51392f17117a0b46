import DossierEngine
import DossierOutput
import Foundation
import Testing

/// `dossier eval` must print the same accuracy line as `tools/score.py` on the same
/// answers: both are run on a small set of answers chosen to hit every branch.
struct EvalScoreAgreementTests {
    static let scorePy = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("../../../shared/tools/score.py").standardized.path

    /// True when score.py is beside the repository, or CI demands it (`DOSSIER_REQUIRE_SHARED=1`).
    static var scorePyIsPresent: Bool {
        FileManager.default.fileExists(atPath: scorePy) || ProcessInfo.processInfo.environment["DOSSIER_REQUIRE_SHARED"] == "1"
    }

    @Test(.enabled(if: scorePyIsPresent, "needs ../shared/tools/score.py beside the repository (absent here); CI runs it"))
    func accuracyLineMatchesScorePy() throws {
        let gold = [
            #"{"id": "a", "question": "q", "expect": "answered", "answer_contains": ["Guatemala"], "cite_any": ["s1"], "plugin": "timeline"}"#,
            #"{"id": "b", "question": "q", "expect": "answered", "answer_contains": [["árbenz", "arbenz"], "1954"], "cite_any": [], "plugin": null}"#,
            #"{"id": "c", "question": "q", "expect": "unknown", "answer_contains": [], "cite_any": [], "plugin": null}"#,
            #"{"id": "d", "question": "q", "expect": "unknown", "answer_contains": [], "cite_any": [], "plugin": null}"#,
            #"{"id": "e", "question": "q", "expect": "answered", "answer_contains": ["x"], "cite_any": ["s2"], "plugin": "trade"}"#,
            #"{"id": "f", "question": "q", "expect": "answered", "answer_contains": ["–"], "cite_any": [], "plugin": null}"#,
        ]
        let outcomes = [
            EvalScore.Outcome(status: "answered", answer: "GUATEMALA City", sources: ["s1"], plugin: "timeline"),
            EvalScore.Outcome(status: "answered", answer: "Árbenz fell in 1954", sources: [], plugin: "general"),
            EvalScore.Outcome(status: "unknown", answer: "", sources: [], plugin: nil),
            EvalScore.Outcome(status: "answered", answer: "oops", sources: ["s1"], plugin: "stance"),
            EvalScore.Outcome(status: "answered", answer: "x", sources: ["s1"], plugin: "trade"),
            EvalScore.Outcome(status: "answered", answer: "1991—2007", sources: [], plugin: nil),
        ]
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("agree-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let goldPath = directory.appendingPathComponent("gold.jsonl").path
        let resultsPath = directory.appendingPathComponent("results.jsonl").path
        try Data(gold.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: goldPath))
        let records = try outcomes.map { outcome in
            let object: [String: Any] = [
                "status": outcome.status, "answer": outcome.answer, "plugin": outcome.plugin ?? NSNull(),
                "citations": outcome.sources.map { ["source": $0] },
            ]
            return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        }
        try Data(records.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: resultsPath))
        let cases = try EvalCase.load(path: goldPath)

        let ours = EvalScore(cases: cases, outcomes: outcomes)
        let theirs = try run("/usr/bin/env", ["python3", Self.scorePy, goldPath, resultsPath])

        let lines = theirs.split(separator: "\n").map(String.init)
        try #require(!lines.isEmpty, "score.py printed nothing")
        #expect(ours.correct > 0 && ours.correct < cases.count, "the cases are chosen to pass some and fail some")
        #expect(lines.last == ours.accuracyLine)
        #expect(lines.contains("false answers to unanswerable questions: \(ours.falseAnswers)"))
        #expect(lines.contains("answerable questions not answered: \(ours.missed)"))
        #expect(lines.contains("routing to the expected plugin: \(ours.routed)/\(ours.routable)"))
    }

    private func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
