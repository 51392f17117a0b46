import ArgumentParser
import DossierEngine
import DossierKit
import DossierOutput

extension Dossier {
    /// `dossier check`: verifies that every stored sentence and every quote stands
    /// verbatim at its offsets in the stored document text.
    struct CheckCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Verify that every quote is found verbatim at its offsets in its stored document.",
            discussion: "Also reports citations of ingested sources whose anchor phrase was not found. Exit status 65 when anything is wrong.")

        @OptionGroup var options: GlobalOptions

        func run() async throws {
            let session = try await Session(options: options, use: .storing)
            let audit: StoredQuotes.Audit
            do {
                audit = try StoredQuotes.audit(session.store)
            } catch {
                throw Failure(error)
            }
            if options.json {
                try session.emit(audit.problems.map(ListingRecords.problem) + [ListingRecords.checkSummary(audit)])
            } else {
                try session.emit(
                    audit.problems.map { TerminalSanitizer.clean($0.description) }
                        + ["checked \(audit.passages) sentences and \(audit.verified + audit.problems.count) quotes: "
                            + (audit.problems.isEmpty ? "all verbatim at their offsets" : "\(audit.problems.count) problems")])
            }
            if !audit.problems.isEmpty { throw ExitCode(65) }
        }
    }
}

typealias CheckCommand = Dossier.CheckCommand
