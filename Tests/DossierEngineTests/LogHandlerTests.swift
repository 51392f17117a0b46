import DossierOutput
import Logging
import Testing

/// The one log handler: one sanitized line per event.
struct LogHandlerTests {
    private func line(_ message: Logger.Message, level: Logger.Level = .warning, metadata: Logger.Metadata = [:]) -> String {
        StandardErrorLogHandler.line(
            for: LogEvent(level: level, message: message, metadata: nil, source: nil, file: "", function: "", line: 0),
            label: "dossier.plugins", metadata: metadata)
    }

    @Test func levelAndMessageComeFirstThenSortedMetadata() {
        #expect(line("plugin 'slow' timed out", metadata: ["plugin": "slow", "after": "2 s"])
            == "dossier: warning: plugin 'slow' timed out [after=2 s plugin=slow]")
    }

    @Test func theLabelIsShownAtDebugLevelOnly() {
        #expect(line("bid", level: .debug).hasSuffix("{dossier.plugins}"))
        #expect(!line("bid", level: .info).contains("{"))
    }

    @Test func levelsAreReadByName() {
        #expect(Logger.Level(name: "DEBUG") == .debug)
        #expect(Logger.Level(name: "loud") == nil)
    }
}
