public import Logging

/// Dossier's one log handler: one line per event on standard error, through
/// ``StandardError`` (so a closed or full stderr never stops the program), sanitized,
/// since messages carry plugin names, file names and plugin output.
///
/// A line reads `dossier: warning: plugin 'slow' gave no reply within 2.0 s [plugin=slow]`,
/// level and message first, metadata after in key order, so lines stay diffable.
public struct StandardErrorLogHandler: LogHandler {
    /// Levels below this are dropped.
    public var logLevel: Logger.Level
    /// Metadata added to every event of this logger.
    public var metadata: Logger.Metadata = [:]
    /// A provider of task-local metadata, if any.
    public var metadataProvider: Logger.MetadataProvider?
    /// The logger's label (`dossier.plugins`), shown at debug and trace level only.
    public let label: String

    /// Creates a handler for `label` at `level`.
    public init(label: String, level: Logger.Level) {
        self.label = label
        logLevel = level
    }

    /// Gets or sets one metadata value.
    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    /// Writes the event as one sanitized line.
    public func log(event: LogEvent) {
        StandardError.line(Self.line(for: event, label: label, metadata: merged(event.metadata)))
    }

    /// The text of one event's line, without the newline.
    public static func line(for event: LogEvent, label: String, metadata: Logger.Metadata) -> String {
        var text = "dossier: \(event.level): \(event.message)"
        if let error = event.error { text += " (\(error))" }
        if !metadata.isEmpty {
            text += " [" + metadata.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ") + "]"
        }
        if event.level <= .debug { text += " {\(label)}" }
        return text
    }

    private func merged(_ event: Logger.Metadata?) -> Logger.Metadata {
        var all = metadata
        if let provided = metadataProvider?.get() { all.merge(provided) { _, new in new } }
        if let event { all.merge(event) { _, new in new } }
        return all
    }
}

extension Logger.Level {
    /// Reads a level as `--log-level` and `DOSSIER_LOG_LEVEL` give it: trace, debug, info,
    /// notice, warning, error or critical, in any case; nil for anything else.
    public init?(name: String) {
        self.init(rawValue: name.lowercased())
    }
}
