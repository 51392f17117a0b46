import Foundation

extension DossierProcess {
    /// Runs `script` with `/bin/sh -c` in `directory`, with `$DOSSIER` naming the built
    /// binary: for arguments Swift cannot hold (bytes that are not UTF-8) and for pipes
    /// and redirections.
    func sh(_ script: String, in directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        var environment = self.environment
        environment["DOSSIER"] = Self.binary.path
        process.environment = environment
        process.currentDirectoryURL = directory ?? home
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
