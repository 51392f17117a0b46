#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
public import DossierOutput

/// Scripting mode: one question per input line, one answer per question, flushed after
/// each; blank and `#` lines give nothing.
public struct BatchRunner {
    /// How a run went, for the exit status.
    public struct Summary: Sendable, Equatable {
        public var answered = 0
        public var unknown = 0
        public var errors = 0
        /// True when the reader of the output went away before the end.
        public var outputClosed = false
        /// Why writing the output failed, other than the reader going away.
        public var outputFailure: String?

        /// An empty summary.
        public init() {}
    }

    let engine: QuestionEngine
    let render: (AnswerRecord) -> String
    /// Called with every response before it is written (`-v` explains it on stderr).
    public var observe: ((QuestionEngine.Response) -> Void)?

    /// Creates a runner printing each record with `render`.
    public init(engine: QuestionEngine, render: @escaping (AnswerRecord) -> String) {
        self.engine = engine
        self.render = render
    }

    /// Reads questions from `input` until it ends and writes answers to `output`.
    public func run(input: Int32, output: OutputChannel) async throws(ReadFailure) -> Summary {
        var reader = LineReader(descriptor: input, limit: InputLine.maximumBytes)
        var summary = Summary()
        while let line = try reader.next() {
            guard let response = await engine.ask(line: line.bytes, totalLength: line.length, number: line.number) else {
                continue
            }
            switch response.record.status {
            case .answered: summary.answered += 1
            case .unknown: summary.unknown += 1
            case .error: summary.errors += 1
            }
            observe?(response)
            do {
                try output.write(render(response.record))
            } catch {
                switch error {
                case .closed: summary.outputClosed = true
                case .failed(let code): summary.outputFailure = String(cString: strerror(code))
                }
                return summary
            }
        }
        return summary
    }
}
