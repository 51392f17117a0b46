import DossierKit
import Foundation
import Subprocess
import Synchronization
import SystemPackage
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One run of a plugin executable, started by swift-subprocess, with pipes to its
/// standard streams.
///
/// The process lives inside one `Subprocess.run { execution in ... }` call, made by a task
/// of its own whose body stays parked until the process ends or ``stop()`` is asked: the
/// body hands out the standard input writer, reads standard output into ``ReplyLines`` and
/// keeps the end of standard error. Every read and write has a deadline and a size bound,
/// so a plugin that hangs, floods or dies can only cost time up to the deadline.
///
/// The plugin runs in a session of its own (`createSession`): it has no controlling
/// terminal, so it cannot open `/dev/tty` to write to the user's terminal, and Control-C
/// at the shell does not reach it. Subprocess closes every descriptor above 2 in the child
/// and resets every signal to its default, unblocked. When the process ends or is stopped,
/// its process group is killed (`send(signal:toProcessGroup:)`), and so is every process
/// that left the group (see ``PluginReaper``).
final class PluginProcess: Sendable {
    typealias LineResult = ReplyLines.LineResult

    let path: String
    /// The plugin's process id (for logs).
    let processID: Int32
    private let writer: StandardInputWriter
    private let lines: ReplyLines
    private let errors: ErrorTail
    private let stopRequest: AsyncStream<Void>.Continuation
    private let running: Task<Void, Never>

    /// How many times a spawn that failed with `ETXTBSY` is tried again, 25 ms apart (5 s in
    /// all): another thread's child briefly holds a just-written plugin file open for writing
    /// (a fork copied the descriptor before its exec); it clears quickly, but on a loaded
    /// machine the writer may not run again for a second or more.
    static let busyFileRetries = 200

    private init(
        path: String, started: Started, lines: ReplyLines, errors: ErrorTail,
        stopRequest: AsyncStream<Void>.Continuation, running: Task<Void, Never>
    ) {
        self.path = path
        processID = started.processID
        writer = started.writer
        self.lines = lines
        self.errors = errors
        self.stopRequest = stopRequest
        self.running = running
    }

    deinit { stopRequest.finish() }

    /// What the body of `run` hands out once the process runs.
    private struct Started: Sendable {
        var processID: Int32
        var writer: StandardInputWriter
    }

    /// Starts the executable with no arguments; its reply lines are bounded by `lineLimit` bytes.
    static func start(path: String, lineLimit: Int) async throws(DossierError) -> PluginProcess {
        ignoreBrokenPipes
        PluginReaper.prepare
        let lines = ReplyLines(limit: lineLimit)
        let errors = ErrorTail()
        let (stops, stopRequest) = AsyncStream.makeStream(of: Void.self)
        let (starts, startContinuation) = AsyncStream.makeStream(of: Result<Started, DossierError>.self)
        let running = Task {
            let outcome = await run(path: path, lines: lines, errors: errors, stops: stops, stopRequest: stopRequest) {
                startContinuation.yield(.success($0))
            }
            if case .failure(let error) = outcome { startContinuation.yield(.failure(error)) }
            startContinuation.finish()
            await lines.end(.closed)
        }
        var first = starts.makeAsyncIterator()
        switch await first.next() {
        case .success(let started)?:
            return PluginProcess(path: path, started: started, lines: lines, errors: errors, stopRequest: stopRequest, running: running)
        case .failure(let error)?:
            throw error
        case nil:
            throw DossierError(.pluginFailed, "cannot start plugin \(path)")
        }
    }

    /// Runs the process until it ends or is stopped, trying again while its file is busy;
    /// returns the reason it could not be started (and then `started` was never called).
    private static func run(
        path: String, lines: ReplyLines, errors: ErrorTail, stops: AsyncStream<Void>,
        stopRequest: AsyncStream<Void>.Continuation, started: (Started) -> Void
    ) async -> Result<Void, DossierError> {
        var options = PlatformOptions()
        options.createSession = true
        // Should this task be cancelled, Subprocess's own teardown kills the whole group.
        options.teardownSequence = [.send(signal: .kill, toProcessGroup: true, allowedDurationToNextStep: .zero)]
        var spawned = false
        var attempt = 0
        while true {
            attempt += 1
            do {
                _ = try await Subprocess.run(
                    .path(FilePath(path)), platformOptions: options, input: .inputWriter, output: .sequence, error: .sequence
                ) { execution in
                    spawned = true
                    let pid = execution.processIdentifier.value
                    PluginReaper.started(pid)
                    started(Started(processID: pid, writer: execution.standardInputWriter))
                    await serve(execution, lines: lines, errors: errors, stops: stops, stopRequest: stopRequest)
                    PluginReaper.finished(pid)
                }
                return .success(())
            } catch let error as SubprocessError
                where !spawned && error.underlyingError == Errno(rawValue: ETXTBSY) && attempt <= busyFileRetries {
                try? await Task.sleep(for: .milliseconds(25))
            } catch {
                guard !spawned else { return .success(()) }
                let reason = (error as? SubprocessError)?.underlyingError.map { "\($0)" } ?? "\(error)"
                return .failure(DossierError(.pluginFailed, "cannot start plugin \(path): \(reason)"))
            }
        }
    }

    /// The body of `run`: reads the process's output until it ends or a stop is asked,
    /// then kills its group and what left the group, and waits for the reads to end.
    private static func serve(
        _ execution: Execution<CustomWriteInput, SequenceOutput, SequenceOutput>, lines: ReplyLines, errors: ErrorTail,
        stops: AsyncStream<Void>, stopRequest: AsyncStream<Void>.Continuation
    ) async {
        let pid = execution.processIdentifier.value
        let output = execution.standardOutput, standardError = execution.standardError
        await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                await readLines(output, into: lines)
                return true
            }
            group.addTask {
                for await _ in stops {}
                return true
            }
            group.addTask {
                await errors.keep(standardError)
                return false
            }
            // The output ending, or a stop, ends the process; standard error ending does not.
            while let ends = await group.next(), !ends {}
            let escaped = ProcessTable.read().descendants(of: pid)
            try? execution.send(signal: .kill, toProcessGroup: true)
            PluginReaper.kill(escaped)
            stopRequest.finish()
            // The reads end as the process dies: Subprocess cancels them when it exits.
        }
    }

    /// Splits standard output into lines for ``ReplyLines``, stopping at the first line
    /// over the limit (so a 10 MiB line is read only up to the limit and one pipe buffer).
    private static func readLines(_ output: SubprocessOutputSequence, into lines: ReplyLines) async {
        let limit = lines.limit
        var pending: [UInt8] = []
        do {
            for try await chunk in output {
                var scanned = pending.count
                chunk.withUnsafeBytes { pending.append(contentsOf: $0) }
                var start = 0
                while let newline = pending[scanned...].firstIndex(of: 10) {
                    guard await lines.deliver(Array(pending[start..<newline])) else { return }
                    start = newline + 1
                    scanned = start
                }
                pending.removeFirst(start)
                if pending.count > limit { return await lines.end(.tooLong) }
            }
        } catch {}
        await lines.end(.closed)
    }

    /// Writes one line; false when the plugin stopped reading or the deadline passed.
    func write(line: [UInt8], deadline: ContinuousClock.Instant) async -> Bool {
        let writer = self.writer, bytes = line + [10]
        return await withTaskGroup(of: Bool?.self) { group in
            group.addTask { (try? await writer.write(bytes)) == bytes.count }
            group.addTask {
                try? await Task.sleep(until: deadline)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first ?? false
        }
    }

    /// Reads one line, waiting until the deadline; `.cancelled` when the calling task is.
    func readLine(deadline: ContinuousClock.Instant) async -> LineResult {
        await lines.next(until: deadline)
    }

    /// True once the plugin wrote a line over the limit, or too many lines nobody read.
    var overflowed: Bool {
        get async { await lines.overflowed }
    }

    /// The last few hundred bytes the plugin wrote to standard error, as text; the caller
    /// must sanitize it before it reaches a terminal.
    var stderrTail: String { errors.text }

    /// Asks for the plugin to be killed, with everything it started. Safe to call more than once.
    func stop() {
        stopRequest.finish()
    }

    /// Kills the plugin and waits until Subprocess has reaped it.
    func stopAndWait() async {
        stop()
        await running.value
    }

    /// A write to a plugin that has gone away must fail with EPIPE, not end Dossier.
    private static let ignoreBrokenPipes: Void = { _ = signal(SIGPIPE, SIG_IGN) }()
}

/// The end of what a plugin wrote to standard error, read as it comes so a chatty plugin
/// never blocks on a full pipe.
final class ErrorTail: Sendable {
    private static let kept = 512
    private let bytes = Mutex<[UInt8]>([])

    func keep(_ stream: SubprocessOutputSequence) async {
        do {
            for try await chunk in stream {
                bytes.withLock { tail in
                    chunk.withUnsafeBytes { tail.append(contentsOf: $0) }
                    if tail.count > Self.kept { tail.removeFirst(tail.count - Self.kept) }
                }
            }
        } catch {}
    }

    var text: String { String(decoding: bytes.withLock { $0 }, as: UTF8.self) }
}
