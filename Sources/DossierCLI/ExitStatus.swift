import ArgumentParser
import DossierEngine
import DossierKit
import DossierOutput

/// The exit statuses, in one place: 0 when some question was answered, 1 when none was
/// (as grep's "no match": grep says 1 only when no line matched), 64 usage, 65 bad input
/// data, 70 internal, 74 I/O. DESIGN.md said 1 as soon as one question came back unknown;
/// then a batch of questions, where some unknowns are expected and right, always looked
/// like a failure to scripts and CI checks.
enum ExitStatus {
    static func of(_ summary: BatchRunner.Summary) -> ExitCode {
        if summary.errors > 0 { return ExitCode(65) }
        if summary.answered == 0 && summary.unknown > 0 { return ExitCode(1) }
        return .success
    }

    static func of(_ code: DossierError.Code) -> ExitCode {
        switch code {
        case .usage: ExitCode(64)
        case .invalidUTF8, .lineTooLong, .emptyQuestion, .badData, .notAStore, .storeTooNew: ExitCode(65)
        case .io, .timeout: ExitCode(74)
        default: ExitCode(70)
        }
    }
}

/// A ``DossierError`` on its way out of a command: printed as one line on standard
/// error, then the process exits with the status for its code. The line is the message
/// alone, which says what was wrong, where, and what to do; the underlying cause (an
/// NSError or a DecodingError, as the system reports it) is for `--log-level debug`.
struct Failure: Error, CustomStringConvertible {
    let error: DossierError
    init(_ error: DossierError) { self.error = error }
    var description: String { "dossier: \(TerminalSanitizer.clean(error.message))" }
    /// The system's report behind the error, for the debug log.
    var cause: String? { error.cause }
}
