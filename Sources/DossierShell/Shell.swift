public import DossierEngine
public import DossierKit
import DossierIndex
import Foundation

/// The interactive shell: reads questions and `:` commands with libedit and answers
/// them, until Ctrl-D or `:quit`.
///
/// The shell runs on a thread of its own, because libedit blocks in `read(2)` and the
/// Swift concurrency pool must not lose a thread to that; each question is answered in
/// a task that Ctrl-C cancels. Use it only when standard input and output are a
/// terminal: piped input belongs to the batch mode, which never touches libedit.
public struct Shell: Sendable {
    /// The engine that answers.
    public var engine: QuestionEngine
    /// The history file (`$XDG_STATE_HOME/dossier/history`).
    public var historyPath: String
    /// Whether answers are coloured.
    public var color: Bool
    /// Whether answers start as JSON lines (`:json` switches).
    public var json: Bool
    /// The version the banner shows.
    public var version: String

    /// Creates a shell.
    public init(engine: QuestionEngine, historyPath: String, color: Bool, json: Bool, version: String) {
        self.engine = engine
        self.historyPath = historyPath
        self.color = color
        self.json = json
        self.version = version
    }

    /// The first line the shell prints.
    public var banner: String {
        let index = engine.index
        return "Dossier \(version) - \(count(index.sources.count, "source")), \(count(index.factCount, "fact")), "
            + "\(count(engine.dispatcher.answerers.count, "answerer")). :help for commands."
    }

    /// Runs the shell until the user leaves it.
    ///
    /// - Throws: ``DossierError`` when the terminal cannot be set up for editing.
    public func run() async throws(DossierError) {
        let outcome: Result<Void, DossierError> = await withCheckedContinuation { continuation in
            let thread = Thread {
                do throws(DossierError) {
                    try ShellLoop(shell: self).run()
                    continuation.resume(returning: .success(()))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
            thread.name = "dossier-shell"
            thread.stackSize = 8 << 20
            thread.start()
        }
        try outcome.get()
    }

    private func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
