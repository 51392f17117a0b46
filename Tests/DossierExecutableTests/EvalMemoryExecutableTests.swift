import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `dossier eval` reads its question file line by line (issue 13, item 11): a file of
/// 80 MB costs no more memory than a small one.
struct EvalMemoryExecutableTests {
    /// Runs the binary and returns its exit status and its peak resident size in KiB, as
    /// the kernel reports it for this one child.
    private static func runMeasured(_ environment: [String: String], _ arguments: [String]) throws -> (status: Int32, peakKiB: Int) {
        let argv = ([DossierProcess.binary.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, DossierProcess.binary.path, &actions, nil, argv, envp)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        // The child's own high-water mark, read while it runs: `ru_maxrss` from wait4 would
        // also count the test runner's memory, which a spawned child shares until it execs.
        var status: Int32 = 0
        var peak = 0
        while true {
            peak = max(peak, Self.highWaterKiB(of: pid) ?? 0)
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { break }
            if done < 0 && errno != EINTR { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .ECHILD) }
            usleep(2_000)
        }
        return ((status >> 8) & 0xFF, peak)
    }

    /// `VmHWM` of a running process, in KiB; nil once it has exited.
    private static func highWaterKiB(of pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return nil }
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/status"), "reads a child's peak memory from /proc"))
    func aHugeQuestionFileIsReadInBoundedMemory() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let question = #"{"id": "q1", "question": "when did Russia open its embassy?", "expect": "answered", "answer_contains": ["2007"]}"#
        let small = dossier.home.appendingPathComponent("small.jsonl")
        try Data((question + "\n").utf8).write(to: small)
        // The same case after 80 MB of blank lines, which eval skips.
        let huge = dossier.home.appendingPathComponent("huge.jsonl")
        _ = FileManager.default.createFile(atPath: huge.path, contents: nil)
        let handle = try FileHandle(forWritingTo: huge)
        let blanks = Data((String(repeating: " ", count: 999) + "\n").utf8)
        let chunk = Data((0..<1000).map { _ in blanks }.joined())
        for _ in 0..<80 { handle.write(chunk) }
        handle.write(Data((question + "\n").utf8))
        try handle.close()

        let environment = dossier.environment
        let baseline = try await onThread { try Self.runMeasured(environment, ["eval", small.path]) }
        let measured = try await onThread { try Self.runMeasured(environment, ["eval", huge.path]) }

        #expect(baseline.status == 0)
        #expect(baseline.peakKiB > 0, "no peak memory was read for the child")
        #expect(measured.status == 0)
        // Reading the file whole would add at least its 80 MB (the old reader took three times that).
        #expect(measured.peakKiB < baseline.peakKiB + 40 * 1024, "peak \(measured.peakKiB) KiB against \(baseline.peakKiB) KiB for one line")
    }
}
