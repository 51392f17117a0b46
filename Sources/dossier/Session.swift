import ArgumentParser
import DossierEngine
import DossierKit
import DossierStore
import Foundation

/// What every command needs: the store opened, the engine built over the registered
/// answerers, and output settings resolved from the options and the environment.
struct Session {
    let options: GlobalOptions
    let engine: QuestionEngine
    let paths: DossierPaths
    let environment: [String: String]

    init(options: GlobalOptions) throws {
        self.options = options
        environment = ProcessInfo.processInfo.environment
        paths = DossierPaths(environment: environment)
        signal(SIGPIPE, SIG_IGN)
        do {
            let storePath = options.store ?? paths.store
            try Self.createParent(of: storePath)
            let store = try FactStore(path: storePath)
            engine = try QuestionEngine.open(store: store, answerers: Answerers.builtIn(), pack: FactPack.bundled())
        } catch let error as DossierError {
            throw Failure(error)
        }
    }

    /// Whether to colour text written to `descriptor`.
    func useColor(on descriptor: Int32) -> Bool {
        switch options.color {
        case .always: true
        case .never: false
        case .auto: isatty(descriptor) == 1 && environment["NO_COLOR", default: ""].isEmpty && environment["TERM"] != "dumb"
        }
    }

    /// Renders records as JSON lines or text, as the options ask.
    func renderer(width: Int? = nil) -> (AnswerRecord) -> String {
        if options.json { return { JSONLineEncoder.encode($0) + "\n" } }
        let text = TextRenderer(sources: engine.index.sources, color: useColor(on: STDOUT_FILENO), width: width)
        return { text.render($0) }
    }

    func runBatch() async throws {
        let runner = BatchRunner(engine: engine, render: renderer())
        let summary: BatchRunner.Summary
        do {
            summary = try await runner.run(input: STDIN_FILENO, output: OutputChannel(descriptor: STDOUT_FILENO))
        } catch {
            throw Failure(DossierError(.io, "cannot read standard input: \(error)"))
        }
        if summary.outputClosed { throw ExitCode.success }
        throw ExitStatus.of(summary)
    }

    func runShell() async throws {
        try await runBatch()
    }

    func ask(_ question: String) async throws {
        let line = Array(question.utf8)
        guard let response = await engine.ask(line: line, totalLength: line.count, number: 1) else {
            throw ValidationError("give a question to ask, for example: dossier ask \"when did Russia open its embassy?\"")
        }
        try? OutputChannel(descriptor: STDOUT_FILENO).write(renderer()(response.record))
        var summary = BatchRunner.Summary()
        switch response.record.status {
        case .answered: summary.answered = 1
        case .unknown: summary.unknown = 1
        case .error: summary.errors = 1
        }
        throw ExitStatus.of(summary)
    }

    func listSources() throws {
        var out = ""
        for source in engine.index.sources {
            let facts = engine.index.facts.filter { $0.citations.contains { $0.source == source.id } }.count
            out += "\(source.id)\n  \(source.title)\n  \(source.publisher)\(source.published.map { ", " + $0 } ?? ""); \(facts) facts\n"
        }
        print(TerminalSanitizer.clean(out).isEmpty ? "" : out, terminator: "")
    }

    func listPlugins() throws {
        for answerer in engine.dispatcher.answerers {
            print("\(answerer.name) \(answerer.version) (built-in)\n  \(TerminalSanitizer.clean(answerer.summary))")
            for example in answerer.exampleQuestions { print("    e.g. \(TerminalSanitizer.clean(example))") }
        }
    }

    private static func createParent(of path: String) throws {
        let parent = (path as NSString).deletingLastPathComponent
        guard !parent.isEmpty, !FileManager.default.fileExists(atPath: parent) else { return }
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw Failure(DossierError(.io, "cannot create the directory \(parent) for the store: \(error.localizedDescription)"))
        }
    }
}
