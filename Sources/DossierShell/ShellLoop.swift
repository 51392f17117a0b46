import DossierEngine
import DossierKit
import DossierIndex
import DossierOutput
import Foundation

/// The read-answer loop of one shell session, run on the shell's own thread: it owns
/// the line editor, the history and the state commands read (the last dispatch, JSON).
final class ShellLoop {
    private let shell: Shell
    private var json: Bool
    private var lastDispatch: Dispatch?
    private var lineNumber = 0

    init(shell: Shell) {
        self.shell = shell
        json = shell.json
    }

    /// Reads and answers lines until Ctrl-D or `:quit`.
    func run() throws(DossierError) {
        TerminalLocale.prepare()
        SignalPipe.receiveOnThisThread()
        let signals = try SignalPipe()
        var history = ShellHistory(file: HistoryFile(path: shell.historyPath)) { TerminalOutput.writeError($0 + "\n") }
        let index = shell.engine.index
        let completer = Completer(
            plugins: shell.engine.dispatcher.answerers.map(\.name),
            sources: index.sources.map(\.id),
            entityNames: index.entities.map(\.name),
            aliases: index.entities.flatMap(\.aliases))
        let editor = try LineEditor(prompt: "dossier> ", signals: signals, completer: completer)
        editor.setHistory(history.entries)
        TerminalOutput.write(TerminalSanitizer.clean(shell.banner) + "\n")
        while true {
            switch editor.readLine() {
            case .endOfInput:
                TerminalOutput.write("\n")
                return
            case .interrupted:
                TerminalOutput.write("\n")
            case .line(let raw):
                let line = InputLine.clean(raw)
                guard !line.isEmpty else { continue }
                history.add(line)
                editor.setHistory(history.entries)
                if try handle(line: raw, cleaned: line, history: history.entries, signals: signals) == .quit { return }
            }
        }
    }

    private enum Next { case goOn, quit }

    private func handle(line raw: String, cleaned line: String, history: [String], signals: SignalPipe) throws(DossierError) -> Next {
        let output = MetaCommandOutput(index: shell.engine.index, answerers: shell.engine.dispatcher.answerers,
                                       width: TerminalOutput.columns())
        let command: MetaCommand?
        do {
            command = try MetaCommand.parse(line)
        } catch {
            TerminalOutput.write(TerminalSanitizer.clean(error.description) + "\n")
            return .goOn
        }
        switch command {
        case nil: try ask(raw, signals: signals)
        case .help?: TerminalOutput.write(output.help())
        case .plugins(let name)?: TerminalOutput.write(output.plugins(named: name))
        case .sources?: TerminalOutput.write(output.sources())
        case .source(let id)?: TerminalOutput.write(output.source(id: id))
        case .facts(let name)?: TerminalOutput.write(output.facts(about: name))
        case .why(let plugin)?: TerminalOutput.write(output.why(lastDispatch, plugin: plugin))
        case .timeline(let name)?: TerminalOutput.write(output.timeline(of: name))
        case .timelinePage(let name, let file)?:
            TerminalOutput.write(TimelinePage.write(index: shell.engine.index, entity: name, to: file, environment: ProcessInfo.processInfo.environment))
        case .history?: TerminalOutput.write(output.history(history))
        case .json?:
            json.toggle()
            TerminalOutput.write(json ? "answers are now JSON lines\n" : "answers are now text\n")
        case .quit?: return .quit
        }
        return .goOn
    }

    private func ask(_ raw: String, signals: SignalPipe) throws(DossierError) {
        lineNumber += 1
        let record: AnswerRecord
        // The whole length, so a line over the limit is refused here as in batch mode.
        switch InputLine.read(Array(raw.utf8), totalLength: raw.utf8.count, number: lineNumber) {
        case .skip:
            return
        case .failure(let question, let error):
            record = AnswerRecord(question: question, error: error)
        case .question(let text):
            guard let response = try AnswerInFlight.ask(text, engine: shell.engine, signals: signals) else {
                TerminalOutput.write("\nstopped\n")
                return
            }
            lastDispatch = response.dispatch
            record = response.record
        }
        TerminalOutput.write(render(record))
    }

    private func render(_ record: AnswerRecord) -> String {
        if json { return JSONLineEncoder.encode(record) + "\n" }
        let renderer = TextRenderer(sources: shell.engine.index.sources, color: shell.color, width: TerminalOutput.columns())
        return renderer.render(record)
    }
}
