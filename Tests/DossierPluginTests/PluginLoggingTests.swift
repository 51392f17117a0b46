import DossierEngine
import DossierExternal
import DossierKit
import DossierOutput
import DossierTesting
import Logging
import Synchronization
import Testing

/// The plugin events logged through the Logger handed in (issue 9, item 6).
struct PluginLoggingTests {
    /// Keeps every message logged, with its level.
    final class Captured: Sendable {
        let entries = Mutex<[(Logger.Level, String)]>([])
        var all: [(Logger.Level, String)] { entries.withLock { $0 } }

        var logger: Logger {
            Logger(label: "dossier.plugins.test") { _ in Handler(captured: self) }
        }

        struct Handler: LogHandler {
            let captured: Captured
            var logLevel: Logger.Level = .trace
            var metadata: Logger.Metadata = [:]
            subscript(metadataKey key: String) -> Logger.Metadata.Value? {
                get { metadata[key] }
                set { metadata[key] = newValue }
            }
            func log(event: LogEvent) {
                captured.entries.withLock { $0.append((event.level, event.message.description)) }
            }
        }
    }

    private let question = "Does Russia back language courses in Guatemala?"

    @Test func startTimeoutRestartAndRefusedBidsAreLogged() async throws {
        let scripts = try PluginScript()
        defer { scripts.remove() }
        // Hangs on the first question, then bids with a made-up place.
        let body = """
        if msg["id"] == 1:
            time.sleep(600)
        send({"type": "bids", "id": msg["id"], "bids": [{"confidence": 0.9, "answer": "Made up.",
              "citations": [{"source": "fixture", "section": "No Such Section", "paragraph": 1}]}]})
        """
        let captured = Captured()
        let plugin = try await ExternalAnswerer(
            path: try scripts.write("moody", body: body), limits: PluginLimits(questionTimeout: 2, handshakeTimeout: 60),
            logger: captured.logger, report: { _ in })
        let dossier = try Fixtures.dossier([plugin, SteadyAnswerer()])

        _ = await dossier.ask(question)
        _ = await dossier.ask(question)

        let messages = captured.all.map(\.1)
        #expect(messages.contains("plugin started"), "\(messages)")
        #expect(messages.contains { $0.contains("no reply in time") }, "\(messages)")
        #expect(messages.contains("plugin restarted"), "\(messages)")
        #expect(messages.contains { $0.contains("bid refused") && $0.contains("No Such Section") }, "\(messages)")
    }
}
