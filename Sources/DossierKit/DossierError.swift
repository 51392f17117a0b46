/// An error a user can act on: what went wrong, where, and what to do.
///
/// Errors compare equal by ``code`` alone, so tests can write
/// `#expect(throws: DossierError.invalidUTF8)` while the message carries the detail.
public struct DossierError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kind of failure. New codes can be added without breaking callers.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Wrapped: String, Sendable, Hashable {
            case invalidUTF8 = "invalid-utf8"
            case lineTooLong = "line-too-long"
            case emptyQuestion = "empty-question"
            case usage
            case badData = "bad-data"
            case notAStore = "not-a-store"
            case storeTooNew = "store-too-new"
            case io
            case `internal`
            case pluginFailed = "plugin-failed"
            case timeout
        }

        private let wrapped: Wrapped
        private init(_ wrapped: Wrapped) { self.wrapped = wrapped }

        /// The code as JSON records show it (`"invalid-utf8"`).
        public var description: String { wrapped.rawValue }

        /// Input bytes that are not UTF-8.
        public static let invalidUTF8 = Code(.invalidUTF8)
        /// An input line longer than the limit.
        public static let lineTooLong = Code(.lineTooLong)
        /// A line with nothing left to ask once cleaned.
        public static let emptyQuestion = Code(.emptyQuestion)
        /// A command line that cannot be understood.
        public static let usage = Code(.usage)
        /// Input data of the wrong shape (a fact pack, a document, a question file).
        public static let badData = Code(.badData)
        /// A file that is not a Dossier store.
        public static let notAStore = Code(.notAStore)
        /// A store written by a newer Dossier.
        public static let storeTooNew = Code(.storeTooNew)
        /// A file or stream that cannot be read or written.
        public static let io = Code(.io)
        /// A bug in Dossier.
        public static let `internal` = Code(.internal)
        /// A plugin that failed or broke its protocol.
        public static let pluginFailed = Code(.pluginFailed)
        /// Something that took longer than allowed.
        public static let timeout = Code(.timeout)
    }

    /// The kind of failure.
    public var code: Code
    /// One line saying what went wrong, where, and what to do.
    public var message: String
    /// The underlying error's description, if any.
    public var cause: String?

    /// Creates an error.
    public init(_ code: Code, _ message: String, cause: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.cause = cause.map { String(describing: $0) }
    }

    /// The message, followed by the cause when there is one.
    public var description: String { cause.map { "\(message) (\($0))" } ?? message }

    /// Equal when the codes are equal.
    public static func == (lhs: DossierError, rhs: DossierError) -> Bool { lhs.code == rhs.code }
    /// Hashes the code only, to agree with `==`.
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }

    /// An error of this code with no message, for comparisons in tests.
    public static let invalidUTF8 = DossierError(.invalidUTF8, "invalid UTF-8")
    /// An error of this code with no message, for comparisons in tests.
    public static let lineTooLong = DossierError(.lineTooLong, "line too long")
    /// An error of this code with no message, for comparisons in tests.
    public static let badData = DossierError(.badData, "bad data")
    /// An error of this code with no message, for comparisons in tests.
    public static let notAStore = DossierError(.notAStore, "not a Dossier store")
    /// An error of this code with no message, for comparisons in tests.
    public static let storeTooNew = DossierError(.storeTooNew, "store too new")
}
