/// The text `dossier eval` prints: the failing cases, score.py's four summary lines,
/// routing per answerer, and example questions other answerers won.
public struct EvalReport: Sendable {
    /// The scores.
    public var score: EvalScore
    /// Example questions not won by their owner.
    public var collisions: [Evaluation.Collision]

    /// Creates a report.
    public init(score: EvalScore, collisions: [Evaluation.Collision]) {
        self.score = score
        self.collisions = collisions
    }

    /// The report as lines of text, accuracy last but for routing and collisions.
    public var text: String {
        var lines = score.rows.filter { !$0.passed }.map { "FAIL \($0.evalCase.id) \($0.why)" }
        lines.append("false answers to unanswerable questions: \(score.falseAnswers)")
        lines.append("answerable questions not answered: \(score.missed)")
        lines.append("routing to the expected plugin: \(score.routed)/\(score.routable)")
        lines.append(score.accuracyLine)
        lines.append("")
        lines.append("routing per plugin (expected: won by it / cases; won: answers it gave, correct):")
        for plugin in plugins {
            let expected = score.rows.filter { $0.evalCase.plugin == plugin }
            let won = score.rows.filter { $0.outcome.plugin == plugin }
            lines.append("  \(plugin): expected \(expected.filter { $0.outcome.plugin == plugin }.count)/\(expected.count); "
                + "won \(won.count), correct \(won.filter(\.passed).count)")
        }
        lines.append("")
        if collisions.isEmpty {
            lines.append("example questions: each won by its own plugin")
        } else {
            lines.append("example questions won by another plugin: \(collisions.count)")
            for collision in collisions {
                lines.append("  \(collision.owner): \"\(collision.question)\" -> \(collision.winner ?? "unknown")")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private var plugins: [String] {
        var seen = Set<String>()
        let names = score.rows.flatMap { [$0.evalCase.plugin, $0.outcome.plugin].compactMap { $0 } }
        return names.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
