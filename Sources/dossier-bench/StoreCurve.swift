// The store curve: for each size, a synthetic corpus ingested, then start-up and
// question latencies measured on the store it made.
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct StoreCurve {
    let binary: String
    let sizes: [Int]
    /// Questions asked one at a time in batch mode, per size.
    static let questionCount = 300
    static let startupRuns = 10

    func run() throws {
        print("store curve: \(binary)")
        print(["facts", "text MB", "ingest MB/s", "ingest RSS", "store MB", "start-up p50", "question p50", "question p99",
               "batch RSS", "add 1 file", "add RSS", "next ask", "next RSS", "sources"].map { $0.padding(toLength: 13, withPad: " ", startingAt: 0) }.joined())
        for size in sizes { print(try measure(size).map { $0.padding(toLength: 13, withPad: " ", startingAt: 0) }.joined()) }
    }

    private func measure(_ size: Int) throws -> [String] {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-curve-\(getpid())-\(size)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
        environment["XDG_STATE_HOME"] = home.appendingPathComponent("state").path
        let (corpus, bytes) = try corpus(size, home: home)
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus).sorted().map { corpus + "/" + $0 }

        let start = monotonicSeconds()
        let ingest = try Child(binary: binary, arguments: ["--json", "ingest"] + files, environment: environment)
        close(ingest.stdinFD)
        var output = LineReader(fd: ingest.stdoutFD)
        var facts = 0
        while let line = output.next() {
            if let range = line.range(of: "\"events\":") {
                facts += Int(line[range.upperBound...].prefix { $0.isNumber }) ?? 0
            }
        }
        close(ingest.stdoutFD)
        let (status, ingestRSS) = ingest.wait()
        let ingestSeconds = monotonicSeconds() - start
        guard status == 0 else { throw BenchError(description: "ingest exited \(status)") }

        let store = home.appendingPathComponent("data/dossier/store.sqlite").path
        let storeBytes = [store, store + "-wal"].reduce(0) { total, path in
            total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        }
        let questions = SyntheticCorpus.questions(count: Self.questionCount)
        var startups: [Double] = []
        for run in 0..<Self.startupRuns {
            startups.append(try firstAnswerLatency(binary: binary, environment: environment, question: questions[run]).0)
        }
        let (latencies, batchRSS) = try questionLatencies(environment: environment, questions: questions)
        // One more file of about 100 KB into the full store, the first question after it,
        // and the listing of sources: each should cost what it touches, not the store.
        let added = home.appendingPathComponent("added").path
        _ = try SyntheticCorpus(sentences: SyntheticCorpus.sentencesPerFile).write(to: added, prefix: "added")
        let (addSeconds, addRSS) = try timed(["ingest", added + "/added-00000.txt"], environment: environment)
        // An answer or none (exit status 1) both count.
        let (nextSeconds, nextRSS) = try timed(["ask", questions[0]], environment: environment, allowing: [0, 1])
        let (sourcesSeconds, _) = try timed(["sources"], environment: environment)
        let megabytes = Double(bytes) / 1_000_000
        func ms(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }
        func mib(_ kib: Int) -> String { String(format: "%.0f MiB", Double(kib) / 1024) }
        return [
            "\(facts)", String(format: "%.1f", megabytes), String(format: "%.2f", megabytes / ingestSeconds), mib(ingestRSS),
            String(format: "%.1f", Double(storeBytes) / 1_000_000), ms(percentile(startups, 0.5)),
            ms(percentile(latencies, 0.5)), ms(percentile(latencies, 0.99)), mib(batchRSS),
            ms(addSeconds), mib(addRSS), ms(nextSeconds), mib(nextRSS), ms(sourcesSeconds),
        ]
    }

    /// Runs the binary with `arguments` to its end: wall-clock seconds and peak RSS in KiB;
    /// an exit status outside `allowing` is an error.
    private func timed(_ arguments: [String], environment: [String: String], allowing: Set<Int32> = [0]) throws -> (Double, Int) {
        let start = monotonicSeconds()
        let child = try Child(binary: binary, arguments: arguments, environment: environment)
        close(child.stdinFD)
        var output = LineReader(fd: child.stdoutFD)
        while output.next() != nil {}
        close(child.stdoutFD)
        let (status, rss) = child.wait()
        guard allowing.contains(status) else { throw BenchError(description: "dossier \(arguments.joined(separator: " ")) exited \(status)") }
        return (monotonicSeconds() - start, rss)
    }

    /// The synthetic corpus of a size: written in the run's home, or, when
    /// `DOSSIER_CURVE_CORPUS` names a folder, kept there in a folder per size and read
    /// again by later runs (the corpus is the same for the same size).
    private func corpus(_ size: Int, home: URL) throws -> (path: String, bytes: Int) {
        guard let kept = ProcessInfo.processInfo.environment["DOSSIER_CURVE_CORPUS"], !kept.isEmpty else {
            let path = home.appendingPathComponent("corpus").path
            return (path, try SyntheticCorpus(sentences: size).write(to: path))
        }
        let path = (kept as NSString).appendingPathComponent("\(size)")
        let manager = FileManager.default
        if let names = try? manager.contentsOfDirectory(atPath: path), !names.isEmpty {
            let bytes = names.reduce(0) { total, name in
                total + ((try? manager.attributesOfItem(atPath: path + "/" + name)[.size] as? Int) ?? 0)
            }
            return (path, bytes)
        }
        return (path, try SyntheticCorpus(sentences: size).write(to: path))
    }

    /// Each question written to one batch process and timed until its answer line.
    private func questionLatencies(environment: [String: String], questions: [String]) throws -> ([Double], Int) {
        let child = try Child(binary: binary, arguments: ["--json"], environment: environment)
        var reader = LineReader(fd: child.stdoutFD)
        var latencies: [Double] = []
        for question in questions {
            let start = monotonicSeconds()
            writeAll(child.stdinFD, Array((question + "\n").utf8))
            guard reader.next() != nil else { throw BenchError(description: "the batch process stopped answering") }
            latencies.append(monotonicSeconds() - start)
        }
        let peak = child.peakRSSKiB() ?? 0
        close(child.stdinFD)
        while reader.next() != nil {}
        close(child.stdoutFD)
        let (_, maxRSS) = child.wait()
        return (latencies, max(peak, maxRSS))
    }
}

/// Lines read from a pipe.
struct LineReader {
    let fd: Int32
    private var buffer: [UInt8] = []

    init(fd: Int32) { self.fd = fd }

    mutating func next() -> String? {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            if let newline = buffer.firstIndex(of: 10) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeSubrange(...newline)
                return line
            }
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 {
                guard !buffer.isEmpty else { return nil }
                defer { buffer = [] }
                return String(decoding: buffer, as: UTF8.self)
            }
            buffer += chunk[..<n]
        }
    }
}
