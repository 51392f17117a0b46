import ArgumentParser
import DossierEngine
import DossierIndex
import DossierKit
import DossierLanguage
import DossierShell
import DossierStore
import Foundation
import DossierOutput
import Logging

/// What every command needs: the store opened, the engine built over the registered
/// answerers when the command answers, and output settings resolved from the options and
/// the environment.
struct Session {
    /// What a command uses the store for, and so what opening it builds.
    enum Use {
        /// Questions, with every answerer, plugins included: the index and the engine.
        case answering
        /// The index, with the built-in answerers only (no plugin is started): `timeline`.
        case indexing
        /// The store alone, with the bundled pack in it: no index of the store is built,
        /// so `ingest`, `forget`, `check` and `sources` cost what they touch.
        case storing
    }

    let options: GlobalOptions
    let paths: DossierPaths
    let environment: [String: String]
    /// The opened store, for commands that write to it (ingest, forget, check).
    let store: FactStore
    /// The answerers the session opened with (built-ins only unless it answers).
    let answerers: [any Answerer]
    /// The level logs are written at (see ``LogSettings``).
    let logLevel: Logger.Level
    private let openedEngine: QuestionEngine?

    /// The engine over the store's index; a session opened for ``Use/storing`` has none,
    /// and asking it for one is a programming error.
    var engine: QuestionEngine {
        guard let openedEngine else { preconditionFailure("the engine of a session opened only to store") }
        return openedEngine
    }

    /// Opens the store and builds what `use` needs. Commands that only read the store
    /// (`ask`, questions on standard input, the shell, `sources`, `timeline`) pass
    /// `writing: false`: a store that already holds the bundled pack (and, when indexed,
    /// readings this build made) is then opened read-only (``FactStore/init(path:readingOnly:)``).
    init(options: GlobalOptions, use: Use = .answering, writing: Bool = true) async throws {
        self.options = options
        environment = ProcessInfo.processInfo.environment
        paths = DossierPaths(environment: environment)
        signal(SIGPIPE, SIG_IGN)
        let logLevel = LogSettings.level(option: options.logLevel, environment: environment).level
        self.logLevel = logLevel
        do {
            let storePath = options.store ?? paths.store
            try Self.createParent(of: storePath)
            let answerers = use == .answering
                ? await Answerers.all(
                    pluginDirectory: options.pluginDir, paths: paths, environment: environment,
                    logger: LogSettings.logger("dossier.plugins", level: logLevel))
                : Answerers.builtIn()
            self.answerers = answerers
            var store = try FactStore(path: storePath, readingOnly: !writing)
            // The pack must be (re)installed, or the readings (or their image) made again and
            // stored: each writes.
            let roles = QuestionEngine.roleConcepts(of: answerers)
            if store.isReadingOnly, try store.packFingerprint() != FactPack.bundledFingerprint
                || (use != .storing
                    && (FactIndex.readingsAreForeign(in: store, roleConcepts: roles)
                        || !FactIndex.readingImageIsCurrent(in: store, roleConcepts: roles))) {
                store = try FactStore(path: storePath)
            }
            self.store = store
            if use == .storing {
                // Readings of a newly installed pack are stored now, as an index would have,
                // so the next command that only reads finds none missing.
                if try QuestionEngine.installPack(in: store) { try? QuestionEngine.storeReadings(of: store, for: answerers) }
                openedEngine = nil
            } else {
                openedEngine = try QuestionEngine.open(
                    store: store, answerers: answerers, logger: LogSettings.logger("dossier.dispatch", level: logLevel))
            }
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
        var runner = BatchRunner(engine: engine, render: renderer())
        if options.verbose { runner.observe = { if let dispatch = $0.dispatch { explain(dispatch) } } }
        let summary: BatchRunner.Summary
        do {
            summary = try await runner.run(input: STDIN_FILENO, output: OutputChannel(descriptor: STDOUT_FILENO))
        } catch {
            throw Failure(DossierError(.io, "cannot read standard input: \(error)"))
        }
        if let failure = summary.outputFailure {
            throw Failure(DossierError(.io, "cannot write the answers to standard output: \(failure)"))
        }
        if summary.outputClosed { throw ExitCode.success }
        throw ExitStatus.of(summary)
    }

    func runShell() async throws {
        let shell = Shell(
            engine: engine, historyPath: paths.history, color: useColor(on: STDOUT_FILENO),
            json: options.json, version: Dossier.configuration.version)
        let foreground = TerminalForeground()
        defer { foreground?.restore() }
        do {
            try await shell.run()
        } catch {
            throw Failure(error)
        }
    }

    func ask(_ line: [UInt8]) async throws {
        guard let response = await engine.ask(line: line, totalLength: line.count, number: 1) else {
            throw ValidationError("give a question to ask, for example: dossier ask \"when did Russia open its embassy?\"")
        }
        do {
            try OutputChannel(descriptor: STDOUT_FILENO).write(renderer()(response.record))
        } catch {
            switch error {
            case .closed:
                throw ExitCode.success  // the reader went away: nothing to say
            case .failed(let code):
                throw Failure(DossierError(.io, "cannot write the answer to standard output: \(String(cString: strerror(code)))"))
            }
        }
        if options.verbose, let dispatch = response.dispatch { explain(dispatch) }
        var summary = BatchRunner.Summary()
        switch response.record.status {
        case .answered: summary.answered = 1
        case .unknown: summary.unknown = 1
        case .error: summary.errors = 1
        }
        throw ExitStatus.of(summary)
    }

    /// With `-v`: how the question was read, every bid, failures and the closest facts,
    /// on standard error, through the explanation `:why` prints too.
    func explain(_ dispatch: Dispatch) {
        let explanation = DispatchExplanation(answerers: engine.dispatcher.answerers.map(\.name), width: nil)
        StandardError.write(explanation.text(dispatch, closest: engine.index.relevant(to: dispatch.question, limit: 6)))
    }

    /// Writes the lines of a listing to standard output; a reader that left ends the
    /// command quietly, any other failure is an I/O error.
    func emit(_ lines: [String]) throws {
        guard !lines.isEmpty else { return }
        do {
            try OutputChannel(descriptor: STDOUT_FILENO).write(lines.joined(separator: "\n") + "\n")
        } catch {
            switch error {
            case .closed: throw ExitCode.success
            case .failed(let code):
                throw Failure(DossierError(.io, "cannot write to standard output: \(String(cString: strerror(code)))"))
            }
        }
    }

    func listSources() throws {
        var lines: [String] = []
        let counts: [String: Int], sources: [Source]
        do {
            (counts, sources) = (try store.factCountsBySource(), try store.sources())
        } catch {
            throw Failure(error)
        }
        for source in sources {
            let facts = counts[source.id] ?? 0
            if options.json {
                lines.append(ListingRecords.source(source, facts: facts))
            } else {
                lines += [
                    source.id, "  " + source.title,
                    "  \(source.publication.map { $0 + "; " } ?? "")\(facts) facts",
                ].map(TerminalSanitizer.clean)
            }
        }
        try emit(lines)
    }

    func listPlugins() throws {
        var lines: [String] = []
        for answerer in answerers {
            let origin = Answerers.origin(of: answerer)
            if options.json {
                lines.append(ListingRecords.plugin(answerer, origin: origin))
                continue
            }
            lines.append(TerminalSanitizer.clean("\(answerer.name) \(answerer.version) (\(origin.text))"))
            lines.append("  " + TerminalSanitizer.clean(answerer.summary))
            lines += answerer.exampleQuestions.map { "    e.g. " + TerminalSanitizer.clean($0) }
        }
        try emit(lines)
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
