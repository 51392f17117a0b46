import DossierEngine
import DossierOutput
import Foundation
import Testing

/// Scoring as `tools/score.py` scores: folded substring matching, cite_any, abstention.
struct EvalScoreTests {
    private typealias Outcome = EvalScore.Outcome

    @Test(arguments: [
        ("Árbenz", "arbenz"), ("GUATEMALA’S", "guatemala's"), ("1991–2007", "1991-2007"), ("ﬁrst", "first"),
    ])
    func foldsLikeScorePy(text: String, folded: String) {
        #expect(EvalScore.fold(text) == folded)
    }

    @Test func everyEntryMustMatchAndAnyOfItsSpellingsWill() {
        let evalCase = EvalCase(id: "t", question: "q", expect: "answered", answerContains: [["1945"], ["april", "-04-"]])

        let pass = EvalScore(cases: [evalCase], outcomes: [Outcome(status: "answered", answer: "On 19 APRIL 1945.", sources: [], plugin: nil)])
        let fail = EvalScore(cases: [evalCase], outcomes: [Outcome(status: "answered", answer: "In 1945.", sources: [], plugin: nil)])

        #expect(pass.correct == 1)
        #expect(fail.correct == 0)
        #expect(fail.rows.first?.why == "answer lacks ['1945', ['april', '-04-']]: 'In 1945.'")
    }

    @Test func citationMustBeOneOfCiteAnyWhenGiven() {
        let evalCase = EvalCase(id: "t", question: "q", expect: "answered", answerContains: [["x"]], citeAny: ["a", "b"])

        let wrong = EvalScore(cases: [evalCase], outcomes: [Outcome(status: "answered", answer: "x", sources: ["c"], plugin: nil)])
        let right = EvalScore(cases: [evalCase], outcomes: [Outcome(status: "answered", answer: "x", sources: ["c", "b"], plugin: nil)])

        #expect(wrong.correct == 0)
        #expect(right.correct == 1)
    }

    @Test func answeringAnUnanswerableQuestionIsAFalseAnswer() {
        let evalCase = EvalCase(id: "t", question: "q", expect: "unknown")

        let score = EvalScore(cases: [evalCase, evalCase], outcomes: [
            Outcome(status: "answered", answer: "made up", sources: [], plugin: "general"),
            Outcome(status: "unknown", answer: "", sources: [], plugin: nil),
        ])

        #expect(score.falseAnswers == 1)
        #expect(score.correct == 1)
        #expect(score.rows.first?.why == "should abstain, said answered: 'made up'")
    }

    @Test func missingAndUnknownAnswersCountAsMissed() {
        let evalCase = EvalCase(id: "t", question: "q", expect: "answered", answerContains: [["x"]], plugin: "trade")

        let score = EvalScore(cases: [evalCase, evalCase], outcomes: [Outcome(status: "unknown", answer: "", sources: [], plugin: nil)])

        #expect(score.missed == 2)
        #expect(score.routable == 2)
        #expect(score.routed == 0)
        #expect(score.accuracyLine == "accuracy 0/2 (0.0%)")
    }

    @Test func accuracyLineRoundsToOneDecimal() {
        let pass = EvalCase(id: "p", question: "q", expect: "unknown")
        let outcomes = Array(repeating: Outcome(status: "unknown", answer: "", sources: [], plugin: nil), count: 2)
            + [Outcome(status: "answered", answer: "", sources: [], plugin: nil)]

        let score = EvalScore(cases: [pass, pass, pass], outcomes: outcomes)

        #expect(score.accuracyLine == "accuracy 2/3 (66.7%)")
    }

    @Test func readsAnswerContainsAsStringsOrListsOfSpellings() throws {
        let line = #"{"id": "d02", "question": "q?", "expect": "answered", "answer_contains": ["1945", ["april", "-04-"]], "cite_any": ["w"], "plugin": null}"#
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("eval-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data((line + "\n\n").utf8).write(to: url)

        let cases = try EvalCase.load(path: url.path)

        #expect(cases == [EvalCase(id: "d02", question: "q?", expect: "answered", answerContains: [["1945"], ["april", "-04-"]], citeAny: ["w"])])
    }

    @Test func badLineIsReportedWithItsNumber() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("eval-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data("{\"id\": \"x\"}\n".utf8).write(to: url)

        let error = #expect(throws: (any Error).self) { try EvalCase.load(path: url.path) }

        #expect(String(describing: error!).contains("line 1"))
    }
}
