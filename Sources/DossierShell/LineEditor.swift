import CLibedit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DossierKit
import DossierEngine
import DossierOutput

/// One libedit line editor on the terminal, with its history list: emacs keys, Ctrl-R
/// incremental search, Tab completion, and Ctrl-C and resizes seen through a
/// ``SignalPipe``.
///
/// libedit reads characters through ``readCharacter(into:)``, which waits on the
/// terminal and the signal pipe at once: Ctrl-C makes `el_gets` return with nothing,
/// and a resize redraws the line, whichever thread the signal landed on. Use an editor
/// on one thread only; the C callbacks find it through libedit's client data.
final class LineEditor {
    /// What one call to ``readLine()`` got.
    enum Outcome: Equatable {
        /// A line, without its newline.
        case line(String)
        /// Ctrl-C: the line was dropped.
        case interrupted
        /// Ctrl-D on an empty line, or the terminal went away.
        case endOfInput
    }

    private let editLine: OpaquePointer
    private let historyList: OpaquePointer
    private let prompt: UnsafeMutablePointer<CChar>
    private let signals: SignalPipe
    private let completer: Completer
    private let input: Int32 = STDIN_FILENO
    private var interrupted = false

    /// Sets libedit up on standard input and output.
    ///
    /// - Parameters:
    ///   - prompt: the prompt, plain text.
    ///   - signals: where Ctrl-C and resizes arrive.
    ///   - completer: what Tab offers.
    /// - Throws: ``DossierError`` with code `io` when libedit cannot start on the terminal.
    init(prompt: String, signals: SignalPipe, completer: Completer) throws(DossierError) {
        guard let editLine = el_init("dossier", dossier_stdin(), dossier_stdout(), dossier_stderr()) else {
            throw DossierError(.io, "cannot start the line editor on this terminal; pipe questions in instead")
        }
        guard let historyList = history_init() else {
            el_end(editLine)
            throw DossierError(.io, "cannot create the history list for the line editor")
        }
        self.editLine = editLine
        self.historyList = historyList
        self.prompt = strdup(prompt)
        self.signals = signals
        self.completer = completer
        configure()
    }

    deinit {
        el_end(editLine)
        history_end(historyList)
        free(prompt)
    }

    /// Reads one line with editing; returns when it is entered, dropped or at the end.
    func readLine() -> Outcome {
        interrupted = false
        var count: Int32 = 0
        guard let bytes = el_gets(editLine, &count), count > 0 else {
            return interrupted ? .interrupted : .endOfInput
        }
        var line = String(cString: bytes)
        while line.hasSuffix("\n") || line.hasSuffix("\r") { line.removeLast() }
        return .line(line)
    }

    /// Replaces the history list that Up, Down and Ctrl-R walk, oldest entry first.
    func setHistory(_ entries: [String]) {
        _ = dossier_history_clear(historyList)
        for entry in entries { _ = dossier_history_enter(historyList, entry) }
    }

    private func configure() {
        _ = dossier_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        _ = dossier_el_set_string(editLine, EL_EDITOR, "emacs")
        // Signals are handled by SignalPipe, not libedit: its handler passes a signal on to the
        // whole process group with kill(0, sig).
        _ = dossier_el_set_int(editLine, EL_SIGNAL, 0)
        _ = dossier_el_set_prompt(editLine, promptCallback)
        _ = dossier_el_set_getcfn(editLine, readCallback)
        _ = dossier_history_set_size(historyList, 1000)
        _ = dossier_history_set_unique(historyList, 1)
        _ = dossier_el_set_history(editLine, historyList)
        _ = dossier_el_add_function(editLine, "dossier-complete", "Complete a command, plugin, source or entity", completeCallback)
        _ = dossier_el_bind(editLine, "^I", "dossier-complete")
        _ = dossier_el_bind(editLine, "^R", "em-inc-search-prev")
        // The user's ~/.editrc may change any of this.
        _ = el_source(editLine, nil)
    }

    /// Reads one character for libedit: a Unicode scalar from the terminal, 0 at the
    /// end of input, or -1 when Ctrl-C asks to drop the line.
    fileprivate func readCharacter(into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
        var pending: [UInt8] = []
        while true {
            var watched = [pollfd(fd: input, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: signals.readEnd, events: Int16(POLLIN), revents: 0)]
            if poll(&watched, 2, -1) < 0 {
                if errno == EINTR { continue }
                return -1
            }
            if watched[1].revents != 0, let event = signals.next() {
                switch event {
                case .interrupt:
                    interrupted = true
                    character.pointee = 0
                    errno = EINTR
                    return -1
                case .resize, .resume:
                    el_resize(editLine)
                    _ = dossier_el_refresh(editLine)
                    continue
                }
            }
            guard watched[0].revents != 0 else { continue }
            var byte: UInt8 = 0
            let count = read(input, &byte, 1)
            if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
            guard count == 1 else {
                character.pointee = 0
                return 0
            }
            pending.append(byte)
            switch UTF8Assembly.scalar(from: pending) {
            case .complete(let scalar):
                character.pointee = wchar_t(bitPattern: scalar.value)
                return 1
            case .incomplete:
                continue
            case .invalid:
                pending.removeAll()
            }
        }
    }

    /// Tab: completes the word before the cursor, or lists the choices.
    fileprivate func complete() -> UInt8 {
        guard let info = el_line(editLine)?.pointee, let start = info.buffer else { return UInt8(CC_ERROR) }
        let length = info.cursor - start
        let before = String(decoding: UnsafeRawBufferPointer(start: start, count: max(0, length)), as: UTF8.self)
        let completion = completer.complete(before: before)
        let choices = completion.candidates
        guard !choices.isEmpty else { return UInt8(CC_REFRESH_BEEP) }
        let replacement = choices.count == 1 ? choices[0] + " " : completion.commonPrefix
        if replacement.count > completion.replacing.count || (choices.count == 1 && replacement != completion.replacing) {
            el_deletestr(editLine, Int32(completion.replacing.unicodeScalars.count))
            _ = el_insertstr(editLine, replacement)
            return UInt8(CC_REFRESH)
        }
        let list = "\n" + ChoiceList.format(choices.prefix(60).map(TerminalSanitizer.clean), width: TerminalOutput.columns())
            + (choices.count > 60 ? "... and \(choices.count - 60) more\n" : "")
        TerminalOutput.write(list)
        return UInt8(CC_REDISPLAY)
    }

    fileprivate static func from(_ editLine: OpaquePointer?) -> LineEditor? {
        guard let editLine, let data = dossier_el_get_clientdata(editLine) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
    }

    fileprivate var promptText: UnsafeMutablePointer<CChar> { prompt }
}

private let promptCallback: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>? = { editLine in
    LineEditor.from(editLine)?.promptText
}

private let readCallback: @convention(c) (OpaquePointer?, UnsafeMutablePointer<wchar_t>?) -> Int32 = { editLine, character in
    guard let editor = LineEditor.from(editLine), let character else { return -1 }
    return editor.readCharacter(into: character)
}

private let completeCallback: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { editLine, _ in
    LineEditor.from(editLine)?.complete() ?? UInt8(CC_ERROR)
}
