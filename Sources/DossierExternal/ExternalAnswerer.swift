public import DossierKit
public import Logging

/// An answerer that runs as a separate executable and speaks the plugin protocol
/// (`docs/plugin-protocol.md`) on its standard input and output.
///
/// It answers like any other ``Answerer``; what differs is what can go wrong, and every
/// case ends in a thrown ``DossierError`` (which the dispatcher records) rather than a
/// hang or a crash: a reply late past the question timeout stops the plugin, a plugin
/// that dies is restarted a few times and then disabled with one message, and a reply
/// that is not valid JSON or too long is dropped. A bid whose task is cancelled stops the
/// plugin's work on it (the plugin is killed and started afresh for the next question).
public struct ExternalAnswerer: Answerer {
    /// The executable.
    public let path: String
    /// What the plugin said about itself in the handshake.
    public let manifest: PluginManifest
    private let connection: PluginConnection

    /// Starts the plugin at `path` and reads its manifest.
    ///
    /// - Parameters:
    ///   - report: receives the one message written when the plugin is disabled; it must
    ///     sanitize the text before showing it, since part of it comes from the plugin.
    ///   - logger: where the plugin's start, restarts, timeouts, refused bids and disabling
    ///     are logged, at `debug` (quiet by default; the user-facing messages go to
    ///     `report`). Part of the text comes from the plugin, so the handler must sanitize it.
    /// - Throws: ``DossierError`` when the plugin cannot be started, does not answer the
    ///   handshake, or speaks another major version of the protocol.
    public init(
        path: String, limits: PluginLimits = PluginLimits(), logger: Logger = Logger(label: "dossier.plugins"),
        report: @escaping @Sendable (String) -> Void
    ) async throws(DossierError) {
        connection = try await PluginConnection(path: path, limits: limits, logger: logger, report: report)
        self.path = path
        manifest = connection.manifest
    }

    /// The manifest's name.
    public var name: String { manifest.name }
    /// The manifest's version.
    public var version: String { manifest.version }
    /// The manifest's summary.
    public var summary: String { manifest.summary }
    /// The manifest's example questions.
    public var exampleQuestions: [String] { manifest.examples }

    /// Sends the question and the facts relevant to it, and reads the plugin's bids.
    public func bid(for question: Question, in facts: any FactQuery) async throws -> [Bid] {
        try await connection.ask(question, in: facts)
    }
}
