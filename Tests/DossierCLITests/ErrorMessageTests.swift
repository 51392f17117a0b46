import ArgumentParser
@testable import DossierCLI
import Testing

/// ArgumentParser's messages repeat what was typed; a file name picked up by a glob can
/// carry an escape sequence, which must not reach the terminal raw.
struct ErrorMessageTests {
    @Test func anEscapeInAnUnknownOptionIsNotPrintedRaw() throws {
        let name = "-\u{1B}]0;PWNED\u{07}.txt"
        var message = ""
        do {
            _ = try Dossier.parseAsRoot(["ingest", "a.txt", name])
            Issue.record("\(name) parsed as an option")
        } catch {
            message = DossierCLI.sanitized(Dossier.fullMessage(for: error))
        }
        #expect(message.contains("PWNED"), "the message should still name the file: \(message)")
        #expect(!message.unicodeScalars.contains("\u{1B}"))
        #expect(!message.unicodeScalars.contains("\u{07}"))
        #expect(message.hasSuffix("\n"))
    }

    @Test func linesOfAMessageStayLines() {
        #expect(DossierCLI.sanitized("one\ntwo\u{9B}") == "one\ntwo\u{FFFD}\n")
    }
}
