/// How long and how much Dossier waits for an out-of-process answerer, and how often it
/// restarts one that dies.
public struct PluginLimits: Sendable, Hashable {
    /// Seconds a plugin has to answer one question before it is stopped.
    public var questionTimeout: Double
    /// Seconds a plugin has to answer the handshake.
    public var handshakeTimeout: Double
    /// The longest reply line read, in bytes; a longer one marks the plugin broken.
    public var maximumReplyBytes: Int
    /// Restarts allowed within `restartWindow` before the plugin is disabled.
    public var maximumRestarts: Int
    /// The window, in seconds, restarts are counted over.
    public var restartWindow: Double
    /// Facts sent with each question, best first.
    public var factsPerQuestion: Int

    /// The longest plugin name accepted in a manifest.
    public static let maximumNameLength = 64
    /// The most example questions a manifest may list; `dossier eval` asks every one.
    public static let maximumExamples = 50

    /// Creates limits; the defaults are the ones Dossier runs with.
    public init(
        questionTimeout: Double = 2, handshakeTimeout: Double = 5, maximumReplyBytes: Int = 1 << 20,
        maximumRestarts: Int = 3, restartWindow: Double = 60, factsPerQuestion: Int = 20
    ) {
        self.questionTimeout = questionTimeout
        self.handshakeTimeout = handshakeTimeout
        self.maximumReplyBytes = maximumReplyBytes
        self.maximumRestarts = maximumRestarts
        self.restartWindow = restartWindow
        self.factsPerQuestion = factsPerQuestion
    }
}
