import Foundation

/// A fresh directory under the system's temporary folder, removed by ``remove()``.
struct TemporaryDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "dossier-shell-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Makes everything under the directory writable again and removes it.
    func remove() {
        _ = try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path)
        for item in (try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? [] {
            _ = try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path + "/" + item)
        }
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The permission bits of a file, as `stat` reports them.
    static func mode(of path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}
