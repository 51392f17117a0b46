import CLibedit
import DossierKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the signals the shell cares about into bytes on a pipe, so the thread that
/// reads the terminal learns of them from `poll(2)` whichever thread the kernel picked
/// to run the handler. The handler itself (in the C shim) only writes one byte.
///
/// Signal handlers belong to the whole process, so keep one pipe at a time: a second
/// takes the signals from the first, and the first to go restores the default actions.
/// This is the only file that calls the shim's signal functions; see shim.h for why.
///
/// The signals that end or stop the program are handled here too, not by libedit
/// (whose handler passes them on with `kill(0, sig)` to the whole process group, so
/// `sh -c 'dossier; echo after'` died with it): the terminal's modes are put back, and
/// the signal then ends or stops this process alone, as `less` and `vim` do.
final class SignalPipe: Sendable {
    /// A signal the shell reacts to.
    enum Event: Sendable, Equatable {
        /// Ctrl-C: clear the line or stop the answer.
        case interrupt
        /// The terminal changed size: redraw.
        case resize
        /// The process continued after a stop: redraw.
        case resume
    }

    /// The end to poll and read.
    let readEnd: Int32
    private let writeEnd: Int32

    /// Opens the pipe and forwards SIGINT, SIGWINCH and SIGCONT to it.
    ///
    /// - Throws: ``DossierError`` with code `internal` when the pipe or a handler cannot
    ///   be set up.
    init() throws(DossierError) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else {
            throw DossierError(.internal, "cannot open a pipe for signals (\(String(cString: strerror(errno))))")
        }
        readEnd = ends[0]
        writeEnd = ends[1]
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        for number in [SIGINT, SIGWINCH, SIGCONT] where dossier_forward_signal(number, writeEnd) != 0 {
            throw DossierError(.internal, "cannot install a handler for signal \(number) (\(String(cString: strerror(errno))))")
        }
        _ = dossier_save_terminal(STDIN_FILENO)
        for number in Self.ending where dossier_handle_signal(number, dossier_restore_and_end, 1) != 0 {
            throw DossierError(.internal, "cannot install a handler for signal \(number) (\(String(cString: strerror(errno))))")
        }
        if dossier_handle_signal(SIGTSTP, dossier_stop_restoring_terminal, 0) != 0 {
            throw DossierError(.internal, "cannot install a handler for Ctrl-Z (\(String(cString: strerror(errno))))")
        }
    }

    /// Signals whose default action ends the program, and which leave the terminal
    /// without echo unless its modes are put back first.
    static let ending = [SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF]

    deinit {
        for number in [SIGINT, SIGWINCH, SIGCONT, SIGTSTP] + Self.ending { _ = signal(number, SIG_DFL) }
        close(readEnd)
        close(writeEnd)
    }

    /// Lets the calling thread take the signals that stop, end or redraw the shell;
    /// libdispatch's threads block them all, and a signal every thread blocks is never
    /// handled.
    static func receiveOnThisThread() {
        for number in [SIGINT, SIGWINCH, SIGCONT, SIGTSTP] + ending {
            _ = dossier_unblock_signal(number)
        }
    }

    /// The next pending signal, or nil when none is waiting. Never blocks.
    func next() -> Event? {
        var byte: UInt8 = 0
        while read(readEnd, &byte, 1) == 1 {
            switch Int32(byte) {
            case SIGINT: return .interrupt
            case SIGWINCH: return .resize
            case SIGCONT: return .resume
            default: continue
            }
        }
        return nil
    }
}
