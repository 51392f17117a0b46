import DossierKit
public import DossierOutput

/// Runs evaluation cases and example questions through an engine: the work behind
/// `dossier eval`.
public enum Evaluation {
    /// Asks every case's question, as batch mode would, and scores the answers.
    public static func score(_ cases: [EvalCase], with engine: QuestionEngine) async -> EvalScore {
        var outcomes: [EvalScore.Outcome] = []
        for (index, evalCase) in cases.enumerated() {
            let line = Array(evalCase.question.utf8)
            let record = await engine.ask(line: line, totalLength: line.count, number: index + 1)?.record
            outcomes.append(outcome(of: record))
        }
        return EvalScore(cases: cases, outcomes: outcomes)
    }

    /// The fields of a record that scoring reads; a line that gave no record is unknown.
    public static func outcome(of record: AnswerRecord?) -> EvalScore.Outcome {
        guard let record else { return EvalScore.Outcome(status: "unknown", answer: "", sources: [], plugin: nil) }
        return EvalScore.Outcome(
            status: record.status.rawValue, answer: record.answer ?? "",
            sources: record.citations.map(\.source), plugin: record.plugin)
    }

    /// An answerer's example question that it did not win.
    public struct Collision: Sendable, Hashable {
        /// The answerer whose example it is.
        public var owner: String
        /// The example question.
        public var question: String
        /// The answerer that won it instead, or nil when the question came back unknown.
        public var winner: String?
    }

    /// Asks every answerer's example questions and returns those another answerer won
    /// (or nobody did).
    public static func collisions(in engine: QuestionEngine) async -> [Collision] {
        var found: [Collision] = []
        for answerer in engine.dispatcher.answerers {
            for example in answerer.exampleQuestions {
                let winner = await engine.ask(example).record.plugin
                if winner != answerer.name {
                    found.append(Collision(owner: answerer.name, question: example, winner: winner))
                }
            }
        }
        return found
    }
}
