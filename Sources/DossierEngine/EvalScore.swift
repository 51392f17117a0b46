import Foundation

/// Scores answers against evaluation cases exactly as `tools/score.py` does: case- and
/// accent-insensitive substring matching, a citation from `cite_any` when it is given,
/// and abstention where `expect` is `"unknown"`.
public struct EvalScore: Sendable, Hashable {
    /// What one question came back with: the fields of the JSON record scoring reads.
    public struct Outcome: Sendable, Hashable {
        /// `answered`, `unknown` or `error`.
        public var status: String
        /// The answer text, empty when none.
        public var answer: String
        /// The sources cited.
        public var sources: [String]
        /// The winning answerer, if any.
        public var plugin: String?

        /// Creates an outcome.
        public init(status: String, answer: String, sources: [String], plugin: String?) {
            self.status = status
            self.answer = answer
            self.sources = sources
            self.plugin = plugin
        }
    }

    /// One case's verdict.
    public struct Row: Sendable, Hashable {
        /// The case.
        public var evalCase: EvalCase
        /// What came back.
        public var outcome: Outcome
        /// True when the case passed.
        public var passed: Bool
        /// Why it failed, worded as score.py words it; empty when it passed.
        public var why: String
    }

    /// Every case's verdict, in file order.
    public private(set) var rows: [Row] = []
    /// Cases passed.
    public private(set) var correct = 0
    /// Questions that should have been unknown but were answered (or failed).
    public private(set) var falseAnswers = 0
    /// Answerable questions not answered.
    public private(set) var missed = 0
    /// Cases naming an expected answerer.
    public private(set) var routable = 0
    /// Of those, cases the expected answerer won.
    public private(set) var routed = 0

    /// Scores outcomes, given in the cases' order; a missing outcome counts as status `missing`.
    public init(cases: [EvalCase], outcomes: [Outcome]) {
        for (index, evalCase) in cases.enumerated() {
            let outcome = index < outcomes.count ? outcomes[index] : Outcome(status: "missing", answer: "", sources: [], plugin: nil)
            add(evalCase, outcome)
        }
    }

    private mutating func add(_ evalCase: EvalCase, _ outcome: Outcome) {
        var why = ""
        let passed: Bool
        if evalCase.expect == "unknown" {
            passed = outcome.status == "unknown"
            if !passed {
                falseAnswers += 1
                why = "should abstain, said \(outcome.status): \(Self.quoted(outcome.answer, 120))"
            }
        } else {
            let content = outcome.status == "answered" && evalCase.answerContains.allSatisfy { Self.contains(outcome.answer, anyOf: $0) }
            let cite = evalCase.citeAny.isEmpty || outcome.sources.contains(where: evalCase.citeAny.contains)
            passed = content && cite
            if outcome.status != "answered" {
                missed += 1
                why = "status \(outcome.status)"
            } else if !content {
                why = "answer lacks \(Self.listed(evalCase.answerContains)): \(Self.quoted(outcome.answer, 160))"
            } else if !cite {
                why = "cites \(outcome.sources), wants one of \(evalCase.citeAny)"
            }
        }
        if let plugin = evalCase.plugin, !plugin.isEmpty {
            routable += 1
            if outcome.plugin == plugin { routed += 1 }
        }
        if passed { correct += 1 }
        rows.append(Row(evalCase: evalCase, outcome: outcome, passed: passed, why: why))
    }

    /// Share of cases passed, in percent.
    public var accuracy: Double { rows.isEmpty ? 0 : 100 * Double(correct) / Double(rows.count) }

    /// The closing line score.py prints: `accuracy 33/40 (82.5%)`.
    public var accuracyLine: String {
        "accuracy \(correct)/\(rows.count) (\(String(format: "%.1f", accuracy))%)"
    }

    /// Text folded the way score.py folds it: compatibility decomposition, combining marks
    /// dropped, lowercased, curly apostrophe and en and em dashes made plain.
    public static func fold(_ text: String) -> String {
        let decomposed = text.decomposedStringWithCompatibilityMapping.unicodeScalars
            .filter { $0.properties.canonicalCombiningClass == .notReordered }
        return String(String.UnicodeScalarView(decomposed)).lowercased()
            .replacingOccurrences(of: "\u{2019}", with: "'")
            .replacingOccurrences(of: "\u{2013}", with: "-")
            .replacingOccurrences(of: "\u{2014}", with: "-")
    }

    /// True when the folded text contains any of the folded spellings.
    public static func contains(_ text: String, anyOf spellings: [String]) -> Bool {
        let folded = fold(text)
        return spellings.contains { folded.contains(fold($0)) }
    }

    private static func quoted(_ text: String, _ limit: Int) -> String {
        let cut = String(String.UnicodeScalarView(text.unicodeScalars.prefix(limit)))
        return cut.contains("'") && !cut.contains("\"") ? "\"\(cut)\"" : "'\(cut.replacingOccurrences(of: "'", with: "\\'"))'"
    }

    private static func listed(_ entries: [[String]]) -> String {
        let items = entries.map { $0.count == 1 ? "'\($0[0])'" : "[" + $0.map { "'\($0)'" }.joined(separator: ", ") + "]" }
        return "[" + items.joined(separator: ", ") + "]"
    }
}
