import Foundation
import Testing

/// The package's own `dossier`, run as a user runs it: Dossier's commands and built-in
/// answerers, with `culture` added and nothing of Dossier's edited.
struct CultureDossierTests {
    /// `.build/debug/dossier` of this package, three levels above this file.
    static let binary = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".build/debug/dossier")

    /// Runs the binary on a store of its own, in a folder removed (with the store's -wal,
    /// -shm and -image files) once the binary has exited.
    private func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("culture-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("store.sqlite")
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments + ["--store", store.path]
        process.environment = ["PATH": "/nonexistent", "HOME": FileManager.default.temporaryDirectory.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func pluginsListCultureAsASwiftModuleBesideTheBuiltIns() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "\(Self.binary.path) is missing: run `swift build --product dossier` first")
        let result = try run(["plugins"])

        #expect(result.status == 0)
        #expect(result.output.contains("culture 1.0 (Swift, CultureAnswerer)"))
        for builtIn in ["timeline", "trade", "visits", "stance", "general", "passage"] {
            #expect(result.output.contains("\(builtIn) 1.0 (built-in)"), "\(builtIn) missing from:\n\(result.output)")
        }
    }

    @Test func aCultureQuestionIsAnsweredByCulture() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary.path), "\(Self.binary.path) is missing: run `swift build --product dossier` first")
        let result = try run(["ask", "--json", "What cultural programs has Russia supported in Guatemala?"])

        #expect(result.status == 0)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(record["plugin"] as? String == "culture")
        #expect((record["answer"] as? String)?.contains("language") == true)
    }
}
