import DossierEngine
import DossierKit
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One question being answered in a task while the shell's thread waits for either the
/// answer or Ctrl-C; Ctrl-C cancels that task alone and the shell goes on.
enum AnswerInFlight {
    /// The engine's response, or nil when Ctrl-C stopped it first.
    ///
    /// - Throws: ``DossierError`` with code `io` when no pipe can be opened to wait on.
    static func ask(_ text: String, engine: QuestionEngine, signals: SignalPipe) throws(DossierError) -> QuestionEngine.Response? {
        guard let slot = ResponseSlot() else {
            throw DossierError(.io, "cannot open a pipe to wait for the answer (\(String(cString: strerror(errno)))); close some files and try again")
        }
        let task = Task.detached {
            slot.fill(await engine.ask(text))
        }
        while true {
            var watched = [pollfd(fd: signals.readEnd, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: slot.readEnd, events: Int16(POLLIN), revents: 0)]
            if poll(&watched, 2, -1) < 0 {
                if errno == EINTR { continue }
                task.cancel()
                return nil
            }
            if watched[0].revents != 0 {
                while let event = signals.next() {
                    if event == .interrupt {
                        task.cancel()
                        return nil
                    }
                }
            }
            if watched[1].revents != 0, let response = slot.take() {
                return response
            }
        }
    }
}

/// Where the task leaves the response, with a pipe that becomes readable when it has.
/// The pipe's ends are set once in `init` and closed in `deinit`, after both sides let go.
private final class ResponseSlot: Sendable {
    let readEnd: Int32
    private let writeEnd: Int32
    private let response = Mutex<QuestionEngine.Response?>(nil)

    init?() {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        close(readEnd)
        close(writeEnd)
    }

    func fill(_ response: QuestionEngine.Response) {
        self.response.withLock { $0 = response }
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    func take() -> QuestionEngine.Response? {
        response.withLock { $0 }
    }
}
