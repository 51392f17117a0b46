// The bundled store: warm throughput in batch mode and exec to first answer.
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

func bundledFigures(_ arguments: [String]) throws {
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

