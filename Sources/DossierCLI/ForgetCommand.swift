import ArgumentParser
import DossierEngine
import DossierKit
import DossierStore
import DossierOutput

extension Dossier {
    /// `dossier forget SOURCE...`: removes sources with their documents and the facts
    /// that rest on them alone.
    struct ForgetCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "forget",
            abstract: "Remove a source: its document, its sentences and the facts that cite only it.",
            discussion: "Other facts keep their other citations. `dossier sources` lists the source ids.")

        @OptionGroup var options: GlobalOptions

        @Argument(help: "Source ids, as `dossier sources` lists them.")
        var sources: [String]

        func run() async throws {
            let session = try await Session(options: options, use: .storing)
            for source in sources {
                do {
                    let outcome = try session.store.forget(source: source)
                    print(TerminalSanitizer.clean(
                        "forgot \(source): \(outcome.documents) document, \(outcome.passages) sentences, "
                            + "\(outcome.facts) facts, \(outcome.citations) citations of other facts"))
                } catch {
                    throw Failure(error)
                }
            }
            // Readings naming an entity only the forgotten documents introduced are made
            // again now, so the next command that only reads finds none stale.
            try? QuestionEngine.storeReadings(of: session.store, for: session.answerers)
        }
    }
}

typealias ForgetCommand = Dossier.ForgetCommand
