// dossier-bench: times the built `dossier` binary. Foundation only.
//
//     dossier-bench PATH/TO/dossier PATH/TO/questions.jsonl
//
// 1. warm throughput: one process fed the questions repeated to at least 20,000 lines
//    through a pipe; questions per second from the first answer line to the last.
// 2. exec-to-first-answer: median and p90 over 30 runs of one question on stdin, from
//    spawning the process to reading its first output line (store created beforehand).
// 3. peak resident memory of the child (VmHWM from /proc, else ru_maxrss).
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct BenchError: Error, CustomStringConvertible {
    var description: String
}

func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// The question texts of a JSON Lines file (`{"question": ...}` per line).
func loadQuestions(_ path: String) throws -> [String] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    return try text.split(separator: "\n").compactMap { line in
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        return object?["question"] as? String
    }
}

/// A child process on pipes, spawned with posix_spawn so its pid is known at once.
struct Child {
    let pid: pid_t
    let stdinFD: Int32
    let stdoutFD: Int32

    init(binary: String, arguments: [String], environment: [String: String]) throws {
        var inPipe: [Int32] = [0, 0], outPipe: [Int32] = [0, 0]
        guard pipe(&inPipe) == 0, pipe(&outPipe) == 0 else { throw BenchError(description: "pipe failed") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        for fd in inPipe + outPipe { posix_spawn_file_actions_addclose(&actions, fd) }
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { argv.forEach { free($0) }; envp.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, binary, &actions, nil, argv, envp)
        close(inPipe[0])
        close(outPipe[1])
        guard status == 0 else { throw BenchError(description: "cannot start \(binary): \(String(cString: strerror(status)))") }
        self.pid = pid
        stdinFD = inPipe[1]
        stdoutFD = outPipe[0]
    }

    /// Peak resident set in KiB, read from /proc while the child is alive.
    func peakRSSKiB() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "")
        }
        return nil
    }

    /// Waits for exit; returns the exit status and the child's ru_maxrss in KiB.
    func wait() -> (status: Int32, maxRSSKiB: Int) {
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        #if canImport(Darwin)
        let kib = Int(usage.ru_maxrss) / 1024
        #else
        let kib = Int(usage.ru_maxrss)
        #endif
        return ((status >> 8) & 0xFF, kib)
    }
}

func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
    var offset = 0
    while offset < bytes.count {
        let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { return }
        offset += n
    }
}

/// Warm throughput: feeds `lines` to one process; returns (questions/s, lines read, peak KiB).
func warmThroughput(binary: String, environment: [String: String], lines: [String]) throws -> (Double, Int, Int?) {
    let child = try Child(binary: binary, arguments: ["--json"], environment: environment)
    let input = Array(lines.map { $0 + "\n" }.joined().utf8)
    let writer = Thread {
        writeAll(child.stdinFD, input)
        close(child.stdinFD)
    }
    writer.start()
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    var newlines = 0
    var first: Double?
    var last = 0.0
    var peak: Int?
    while true {
        let n = buffer.withUnsafeMutableBytes { read(child.stdoutFD, $0.baseAddress, $0.count) }
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { break }
        let now = monotonicSeconds()
        let count = buffer[0..<n].reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
        if count > 0 {
            if first == nil { first = now; newlines -= 1 }  // time from the first answer on
            newlines += count
            last = now
        }
        if newlines % 2000 < count, let kib = child.peakRSSKiB() { peak = max(peak ?? 0, kib) }
    }
    close(child.stdoutFD)
    let (_, maxRSS) = child.wait()
    let elapsed = last - (first ?? last)
    let rate = elapsed > 0 ? Double(newlines) / elapsed : 0
    return (rate, newlines + 1, max(peak ?? 0, maxRSS))
}

/// Time from spawn to the first output line, for one question on stdin.
func firstAnswerLatency(binary: String, environment: [String: String], question: String) throws -> (Double, Int) {
    let start = monotonicSeconds()
    let child = try Child(binary: binary, arguments: [], environment: environment)
    writeAll(child.stdinFD, Array((question + "\n").utf8))
    close(child.stdinFD)
    var byte: UInt8 = 0
    var end = start
    while true {
        let n = read(child.stdoutFD, &byte, 1)
        if n < 0 && errno == EINTR { continue }
        if n <= 0 || byte == 10 { end = monotonicSeconds(); break }
    }
    var sink = [UInt8](repeating: 0, count: 4096)
    while read(child.stdoutFD, &sink, sink.count) > 0 {}
    close(child.stdoutFD)
    let (_, maxRSS) = child.wait()
    return (end - start, maxRSS)
}

func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    let rank = max(0, min(sorted.count - 1, Int((p * Double(sorted.count)).rounded(.up)) - 1))
    return sorted[rank]
}

func run() throws {
    let arguments = CommandLine.arguments
    guard arguments.count == 3 else {
        throw BenchError(description: "usage: dossier-bench PATH/TO/dossier PATH/TO/questions.jsonl")
    }
    let binary = arguments[1]
    guard FileManager.default.isExecutableFile(atPath: binary) else { throw BenchError(description: "\(binary) is not an executable") }
    let questions = try loadQuestions(arguments[2])
    guard !questions.isEmpty else { throw BenchError(description: "\(arguments[2]) holds no questions") }

    let home = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-bench-\(getpid())")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: home) }
    var environment = ProcessInfo.processInfo.environment
    environment["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
    environment["XDG_STATE_HOME"] = home.appendingPathComponent("state").path

    // Create and fill the store once, so later runs measure a warm store.
    _ = try firstAnswerLatency(binary: binary, environment: environment, question: questions[0])

    var lines: [String] = []
    while lines.count < 20_000 { lines += questions }
    let (rate, answered, warmPeak) = try warmThroughput(binary: binary, environment: environment, lines: lines)

    var latencies: [Double] = []
    var coldPeak = 0
    for run in 0..<30 {
        let (seconds, kib) = try firstAnswerLatency(binary: binary, environment: environment, question: questions[run % questions.count])
        latencies.append(seconds)
        coldPeak = max(coldPeak, kib)
    }
    let median = percentile(latencies, 0.5) * 1000
    let p90 = percentile(latencies, 0.9) * 1000
    let peakMiB = Double(max(warmPeak ?? 0, coldPeak)) / 1024

    func row(_ name: String, _ value: String, _ target: String, _ ok: Bool) -> String {
        name.padding(toLength: 34, withPad: " ", startingAt: 0) + value.padding(toLength: 16, withPad: " ", startingAt: 0)
            + target.padding(toLength: 16, withPad: " ", startingAt: 0) + (ok ? "ok" : "MISSED")
    }
    print("dossier-bench: \(binary), \(questions.count) questions from \(arguments[2])")
    print(row("measure", "value", "target", true).replacingOccurrences(of: "ok", with: ""))
    print(row("warm throughput (\(answered) lines)", String(format: "%.0f q/s", rate), ">= 10,000 q/s", rate >= 10_000))
    print(row("exec to first answer, median", String(format: "%.1f ms", median), "< 30 ms", median < 30))
    print(row("exec to first answer, p90", String(format: "%.1f ms", p90), "< 30 ms", p90 < 30))
    print(row("peak RSS", String(format: "%.1f MiB", peakMiB), "< 64 MiB", peakMiB < 64))
}

do {
    try run()
} catch {
    // write(2), not FileHandle.write, which traps when standard error is closed or full.
    let message = Array("dossier-bench: \(error)\n".utf8)
    _ = message.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    exit(1)
}
