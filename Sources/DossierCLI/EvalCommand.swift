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

        @Option(help: "The lowest accuracy, in percent, that exits 0.")
        var minAccuracy: Double?

        func run() async throws {
            let cases: [EvalCase]
            do {
                cases = try EvalCase.load(path: file)
            } catch {
                throw Failure(error)
            }
            let session = try Session(options: options)
            let score = await Evaluation.score(cases, with: session.engine)
            let collisions = await Evaluation.collisions(in: session.engine)
            let text = EvalReport(score: score, collisions: collisions).text
            print(text.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalSanitizer.clean(String($0)) }.joined(separator: "\n"), terminator: "")
            if let minAccuracy, score.accuracy < minAccuracy { throw ExitCode(1) }
        }
    }
}

typealias EvalCommand = Dossier.EvalCommand
