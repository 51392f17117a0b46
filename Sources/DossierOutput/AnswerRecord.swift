public import DossierKit

/// One answer as Dossier reports it: the JSON record of DESIGN.md, also what the text
/// renderer prints.
public struct AnswerRecord: Sendable, Hashable {
    /// Whether the question was answered.
    public enum Status: String, Sendable, Hashable {
        case answered, unknown, error
    }

    /// A runner-up answer.
    public struct Alternative: Sendable, Hashable {
        public var plugin: String
        public var answer: String
        public var confidence: Double
        public var citations: [Citation]

        /// Creates an alternative.
        public init(plugin: String, answer: String, confidence: Double, citations: [Citation]) {
            self.plugin = plugin
            self.answer = answer
            self.confidence = confidence
            self.citations = citations
        }
    }

    /// A fact offered when the question is unknown.
    public struct Related: Sendable, Hashable {
        public var statement: String
        public var citations: [Citation]

        /// Creates a related fact.
        public init(statement: String, citations: [Citation]) {
            self.statement = statement
            self.citations = citations
        }
    }

    /// What went wrong with an input line.
    public struct Failure: Sendable, Hashable {
        public var code: String
        public var message: String
    }

    public var question: String
    public var status: Status
    public var answer: String?
    public var plugin: String?
    public var confidence: Double?
    public var interpretation: String?
    public var citations: [Citation] = []
    public var alternatives: [Alternative] = []
    public var related: [Related] = []
    public var error: Failure?

    /// Creates a record.
    public init(question: String, status: Status) {
        self.question = question
        self.status = status
    }

    /// The record of an input line that could not be asked.
    public init(question: String, error: DossierError) {
        self.init(question: question, status: .error)
        self.error = Failure(code: error.code.description, message: error.message)
    }
}
