import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A program running on a pseudo-terminal of its own, as if a person had started it in
/// a terminal window: a new session whose controlling terminal is the pty's slave side.
///
/// Every wait has a deadline, so a test that does not see what it expects fails with
/// the output so far instead of hanging.
final class PseudoTerminal {
    /// Why the program could not be started.
    struct StartFailure: Error, CustomStringConvertible {
        var description: String
    }

    private let master: Int32
    private let pid: pid_t
    private var exitStatus: Int32?
    /// Every byte the program has written so far, escape sequences included.
    private var bytes: [UInt8] = []

    // Linux ioctl numbers (the same on x86_64 and arm64), which Glibc's Swift module
    // does not export: unlock the slave side, and ask for its number.
    private static let unlockSlave = UInt(0x4004_5431)
    private static let slaveNumber = UInt(0x8004_5430)
    // posix_spawn flag: run the child in a new session (glibc 2.26 and later).
    private static let newSession: Int16 = 0x80

    /// Starts `executable` with `arguments` and exactly `environment` on a new terminal
    /// of `columns` by `rows`.
    init(executable: String, arguments: [String] = [], environment: [String: String],
         columns: UInt16 = 100, rows: UInt16 = 30) throws {
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else { throw StartFailure(description: "cannot open /dev/ptmx: \(String(cString: strerror(errno)))") }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        // struct winsize: rows, columns, then two pixel sizes, all unsigned short.
        var size: [UInt16] = [rows, columns, 0, 0]
        guard ioctl(master, Self.unlockSlave, &unlock) == 0, ioctl(master, Self.slaveNumber, &number) == 0,
              ioctl(master, UInt(TIOCSWINSZ), &size) == 0 else {
            close(master)
            throw StartFailure(description: "cannot set up the pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Self.newSession)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid, so the slave becomes the child's controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/pts/\(number)", O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        // Other tests run at the same time hold pipes to their own children; a shell that
        // inherited those write ends would keep those children from ever seeing EOF.
        _ = Self.closeFrom?(&actions, 3)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard status == 0 else {
            close(master)
            throw StartFailure(description: "cannot start \(executable): \(String(cString: strerror(status)))")
        }
        pid = child
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), looked up at run
    /// time because the Swift Glibc module does not declare it.
    private static let closeFrom: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else {
            return nil
        }
        return unsafeBitCast(
            symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
    }()

    deinit {
        end()
        close(master)
    }

    /// Kills the program unless it has been seen to exit, and waits for it: once this
    /// returns, nothing the program does can touch the files a test removes next.
    func end() {
        guard exitStatus == nil else { return }
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// The program's process id.
    var processID: pid_t { pid }

    /// Types `text` into the terminal.
    func send(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let count = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return }
            bytes = bytes.dropFirst(count)
        }
    }

    /// Changes the terminal's size, which sends SIGWINCH to the program.
    func resize(columns: UInt16, rows: UInt16) {
        var size: [UInt16] = [rows, columns, 0, 0]
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// Where the output ends now, in bytes, for ``waitFor(_:after:timeout:)``.
    var mark: Int { bytes.count }

    /// Everything written so far, as text.
    var output: String { output(after: 0) }

    /// The output after the byte offset `start`, as text.
    func output(after start: Int) -> String { String(decoding: bytes[min(start, bytes.count)...], as: UTF8.self) }

    /// Reads until the output after `start` contains `text`; false if it has not
    /// appeared within `timeout` seconds or the program ended first. Sleeps between
    /// polls rather than blocking, so the tests' thread pool stays free. The limit is
    /// generous on purpose: on a machine loaded by other builds the shell can take tens of
    /// seconds to start, and the limit only bounds how long a failing test takes.
    @discardableResult
    func waitFor(_ text: String, after start: Int = 0, timeout: Double = 180) async -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if output(after: start).contains(text) { return true }
            guard Date() < deadline else { return false }
            if !drain() { return output(after: start).contains(text) }
            try? await Task.sleep(for: .milliseconds(10))
        }
    }

    /// Reads until the program exits and returns its exit status, or nil when it is
    /// still running after `timeout` seconds.
    func waitForExit(timeout: Double = 180) async -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while exitStatus == nil {
            _ = drain()
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
                break
            }
            guard Date() < deadline else { return nil }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return exitStatus
    }

    /// Reads whatever is waiting, without blocking; false once nothing more can come.
    private func drain() -> Bool {
        while true {
            var watched = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&watched, 1, 0)
            if ready < 0 { return errno == EINTR }
            if ready == 0 { return true }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count <= 0 { return count < 0 && errno == EINTR }
            bytes += buffer[..<count]
        }
    }
}
