import Logging

/// Hands the SDK's log messages (through its transport's logger) to the server's one log
/// function, so they go where every other line of Dossier's log goes: standard error.
struct ForwardingLogHandler: LogHandler {
    let write: @Sendable (MCPLogLine) -> Void
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let fields = (metadata.merging(event.metadata ?? [:]) { $1 }).map { "\($0)=\($1)" }.sorted()
        let text = "mcp \(event.level): \(event.message)" + (fields.isEmpty ? "" : " " + fields.joined(separator: " "))
        write(event.level >= .warning ? .problem(text) : .info(text))
    }
}
