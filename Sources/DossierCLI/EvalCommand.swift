import ArgumentParser
import DossierEngine
import DossierKit
import DossierOutput

extension Dossier {
    /// `dossier eval FILE.jsonl`: scores Dossier on a question file, as `tools/score.py` does.
    struct EvalCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "eval",
            abstract: "Score the answers to a question file and check each plugin wins its examples.",
            discussion: """
                FILE holds one case a line: {"id", "question", "expect": "answered"|"unknown", \
                "answer_contains", "cite_any", "plugin"}. Prints the failing cases, false answers, \
                missed questions, routing per plugin and accuracy, then any example question \
                another plugin wins. Exits 1 when accuracy is under --min-accuracy.
                """)

        @OptionGroup var options: GlobalOptions

        @Argument(help: "The question file (JSON Lines).")
        var file: String

        @Option(help: "The lowest accuracy, in percent (a number in 0...100), that exits 0.")
        var minAccuracy: Double?

        func validate() throws {
            // NaN compares false with everything, so it would let any accuracy through.
            if let minAccuracy, !(minAccuracy.isFinite && (0...100).contains(minAccuracy)) {
                throw ValidationError("--min-accuracy must be a number from 0 to 100 (a percentage), not \(minAccuracy)")
            }
        }

        func run() async throws {
            let cases: [EvalCase]
            do {
                cases = try EvalCase.load(path: file)
            } catch {
                throw Failure(error)
            }
            let session = try await Session(options: options)
            let score = await Evaluation.score(cases, with: session.engine)
            let collisions = await Evaluation.collisions(in: session.engine)
            if options.json {
                try session.emit(
                    score.rows.map(ListingRecords.evalCase) + collisions.map(ListingRecords.collision)
                        + [ListingRecords.evalSummary(score)])
            } else {
                let text = EvalReport(score: score, collisions: collisions).text
                try session.emit(text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { TerminalSanitizer.clean(String($0)) })
            }
            if let minAccuracy, score.accuracy < minAccuracy { throw ExitCode(1) }
        }
    }
}

typealias EvalCommand = Dossier.EvalCommand
