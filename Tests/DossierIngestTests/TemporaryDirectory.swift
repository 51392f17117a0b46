import Foundation

/// Runs `body` with a fresh directory under the system's temporary folder, then removes
/// the directory and everything in it, whether `body` returns or throws.
///
/// The only way these tests get a directory of their own, so nothing written there (a
/// document, a store with its -wal, -shm and -image files) outlives the test. Whatever
/// needs the files, a store opened on them included, stays inside `body`.
func withTemporaryDirectory<Result>(_ body: (URL) throws -> Result) throws -> Result {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-ingest-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    return try body(directory)
}
