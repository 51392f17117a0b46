import DossierKit
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One running plugin executable with pipes to its standard streams.
///
/// Every read and write has a deadline and a size bound, so a plugin that hangs, floods or
/// dies can only cost time up to the deadline. The plugin runs in a session of its own
/// (`setsid`): it has no controlling terminal, so it cannot open `/dev/tty` to write to
/// the user's terminal, and Control-C at the shell does not reach it. It ends when its
/// standard input closes or when ``stop()`` kills it and everything it started (see
/// ``PluginReaper``).
///
/// This stays on `posix_spawn` rather than swift-subprocess 1.0.2: a plugin lives for the
/// whole session and is read line by line with a deadline on every read, while
/// Subprocess ties a process to the scope of one `run { }` closure and reads through an
/// async sequence without deadlines (see the note in docs/plugin-protocol.md).
final class PluginProcess {
    /// How a read ended.
    enum LineResult: Equatable {
        case line([UInt8])
        case timeout
        case closed
        case tooLong
    }

    let path: String
    private let pid: pid_t
    /// The plugin's process id (for logs).
    var processID: Int32 { pid }
    private let input: Int32
    private let output: Int32
    private let errors: Int32
    private var buffer: [UInt8] = []
    private var errorTail: [UInt8] = []
    private var stopped = false
    private var errorsOpen = true

    /// Starts the executable with no arguments.
    init(path: String) throws(DossierError) {
        self.path = path
        Self.ignoreBrokenPipes
        PluginReaper.prepare
        var toChild: [Int32] = [-1, -1], fromChild: [Int32] = [-1, -1], errChild: [Int32] = [-1, -1]
        guard Self.makePipe(&toChild), Self.makePipe(&fromChild), Self.makePipe(&errChild) else {
            let reason = String(cString: strerror(errno))
            for fd in toChild + fromChild + errChild where fd >= 0 { close(fd) }
            throw DossierError(.pluginFailed, "cannot make pipes for plugin \(path): \(reason)")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errChild[1], 2)
        // Nothing else of Dossier's (the store, other plugins' pipes) reaches the plugin.
        _ = Self.closeFrom?(&actions, 3)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Every signal at its default action and none blocked, as swift-subprocess spawns:
        // the spawning thread is one of libdispatch's, which block every signal, and a
        // plugin would inherit that mask (and Dossier's ignored SIGPIPE).
        var defaults = sigset_t()
        sigfillset(&defaults)
        sigdelset(&defaults, SIGKILL)
        sigdelset(&defaults, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(&attributes, Self.newSession | Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var child: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup(path), nil]
        defer { argv.forEach { free($0) } }
        var status = posix_spawn(&child, path, &actions, &attributes, argv, environ)
        // ETXTBSY: another thread's child briefly holds the file open for writing (it was
        // just written, and a fork copied the descriptor before exec); it clears quickly.
        for _ in 0..<20 where status == ETXTBSY {
            usleep(25_000)
            status = posix_spawn(&child, path, &actions, &attributes, argv, environ)
        }
        for fd in [toChild[0], fromChild[1], errChild[1]] { close(fd) }
        guard status == 0 else {
            for fd in [toChild[1], fromChild[0], errChild[0]] { close(fd) }
            throw DossierError(.pluginFailed, "cannot start plugin \(path): \(String(cString: strerror(status)))")
        }
        pid = child
        PluginReaper.started(child)
        input = toChild[1]
        output = fromChild[0]
        errors = errChild[0]
        for fd in [input, output, errors] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
    }

    deinit { stop() }

    /// `POSIX_SPAWN_SETSID` (glibc 2.26, macOS 10.15), which the Swift modules do not export.
    #if canImport(Darwin)
    private static let newSession: Int16 = 0x0400
    #else
    private static let newSession: Int16 = 0x80
    #endif

    /// A pipe whose ends are closed in the child on exec (the child gets its own copies
    /// through dup2), so one plugin never holds another plugin's pipes open.
    private static func makePipe(_ fds: inout [Int32]) -> Bool {
        guard pipe(&fds) == 0 else { return false }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return true
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), looked up at run
    /// time because the Swift Glibc module does not declare it; nil where it is missing.
    private static let closeFrom: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
    }()

    /// A write to a plugin that has gone away must fail with EPIPE, not end Dossier.
    private static let ignoreBrokenPipes: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

    /// Writes one line; false when the plugin stopped reading or the deadline passed.
    func write(line: [UInt8], deadline: ContinuousClock.Instant) -> Bool {
        var bytes = line + [10]
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { systemWrite(input, $0.baseAddress! + offset, $0.count - offset) }
            if written > 0 {
                offset += written
            } else if written < 0 && (errno == EAGAIN || errno == EINTR) {
                guard wait(for: input, events: Int16(POLLOUT), until: deadline) else { return false }
            } else {
                return false
            }
        }
        bytes.removeAll()
        return true
    }

    /// Reads one line of at most `limit` bytes, waiting until the deadline.
    func readLine(limit: Int, deadline: ContinuousClock.Instant) -> LineResult {
        var scanned = 0
        while true {
            // Only the bytes read since the last look can hold the newline.
            if let newline = buffer[scanned...].firstIndex(of: 10) {
                let line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                return line.count > limit ? .tooLong : .line(line)
            }
            scanned = buffer.count
            if buffer.count > limit { return .tooLong }
            guard wait(for: output, events: Int16(POLLIN), until: deadline) else { return .timeout }
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            let count = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer += chunk[..<count]
            } else if count == 0 {
                return .closed
            } else if errno != EAGAIN && errno != EINTR {
                return .closed
            }
        }
    }

    /// The last few hundred bytes the plugin wrote to standard error, as text; the caller
    /// must sanitize it before it reaches a terminal.
    var stderrTail: String {
        drainErrors()
        return String(decoding: errorTail, as: UTF8.self)
    }

    /// Kills the plugin and reaps it. Safe to call more than once.
    func stop() {
        guard !stopped else { return }
        stopped = true
        PluginReaper.stop(pid)
        for fd in [input, output, errors] { close(fd) }
    }

    /// Polls `fd` (draining standard error meanwhile) until it is ready or the deadline passes.
    private func wait(for fd: Int32, events: Int16, until deadline: ContinuousClock.Instant) -> Bool {
        while true {
            let left = ContinuousClock.now.duration(to: deadline)
            guard left > .zero else { return false }
            let milliseconds = Int32(min(left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000 + 1, 60_000))
            var fds = [pollfd(fd: fd, events: events, revents: 0), pollfd(fd: errorsOpen ? errors : -1, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 2, milliseconds)
            if ready < 0 && errno != EINTR { return true }
            if fds[1].revents != 0 { drainErrors() }
            if fds[0].revents != 0 { return true }
        }
    }

    /// Reads what the plugin wrote to standard error, keeping only the end of it.
    private func drainErrors() {
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            guard errorsOpen else { return }
            let count = chunk.withUnsafeMutableBytes { read(errors, $0.baseAddress, $0.count) }
            if count == 0 { errorsOpen = false }
            guard count > 0 else { return }
            errorTail += chunk[..<count]
            if errorTail.count > 512 { errorTail.removeFirst(errorTail.count - 512) }
        }
    }
}

/// The C `write`, under a name the method ``PluginProcess/write(line:deadline:)`` does not hide.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
