import Foundation

/// Runs blocking work (waiting for a child, reading a pipe to its end) on a thread of its
/// own, so it never holds one of the few threads the other tests' tasks run on.
func onThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread { continuation.resume(with: Result { try body() }) }
    }
}

extension DossierProcess {
    /// Runs `script` with `/bin/sh -c` in `directory`, with `$DOSSIER` naming the built
    /// binary: for arguments Swift cannot hold (bytes that are not UTF-8) and for pipes
    /// and redirections.
    func sh(_ script: String, in directory: URL? = nil) async throws -> Result {
        let environment = self.environment
        let home = self.home
        return try await onThread { try Self.runSh(script, in: directory ?? home, environment: environment) }
    }

    private static func runSh(_ script: String, in directory: URL, environment: [String: String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        var environment = environment
        environment["DOSSIER"] = Self.binary.path
        process.environment = environment
        process.currentDirectoryURL = directory
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }

    /// Writes a text file of a few sentences under `home`, creating its folder.
    @discardableResult
    func document(_ relativePath: String, _ text: String) throws -> URL {
        let url = home.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return url
    }
}
