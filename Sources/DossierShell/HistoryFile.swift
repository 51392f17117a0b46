import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
public import DossierKit
import DossierEngine
import DossierOutput

/// The shell's history on disk: UTF-8 text, one entry a line, oldest first.
///
/// Reading never changes the file. Writing goes to a new file in the same directory,
/// created with mode 0600, which then replaces the old one with `rename(2)`, so a write
/// that fails half-way leaves the previous history whole.
public struct HistoryFile: Sendable {
    /// Where the history lives (`$XDG_STATE_HOME/dossier/history`).
    public let path: String
    /// The most entries kept; older ones are dropped first.
    public let limit: Int

    /// The largest history file read, in bytes; a bigger one is taken as corrupt, so
    /// ``save(_:)`` never writes more: it drops the oldest entries first.
    public static let maximumBytes = 4 * 1024 * 1024

    /// The longest entry kept: the longest line the shell asks (``InputLine/maximumBytes``).
    /// A longer line is not a question, so it is not worth recalling.
    public static let maximumEntryBytes = InputLine.maximumBytes

    /// Creates a history file at `path` keeping at most `limit` entries.
    public init(path: String, limit: Int = 1000) {
        self.path = path
        self.limit = max(1, limit)
    }

    /// Reads the entries, oldest first; a file that does not exist yet reads as empty.
    ///
    /// - Throws: ``DossierError`` with code `io` when the file exists but cannot be read,
    ///   and `badData` when it is not UTF-8 text.
    public func load() throws(DossierError) -> [String] {
        let bytes = try readBytes()
        let text = String(decoding: bytes, as: UTF8.self)
        guard !bytes.contains(0), text.utf8.elementsEqual(bytes) else {
            throw DossierError(.badData, "the history file \(path) is not UTF-8 text; move it away to start a new history")
        }
        let entries = text.split(whereSeparator: \.isNewline).map { InputLine.clean(String($0)) }
        return Self.normalized(entries, limit: limit)
    }

    /// Replaces the file with `entries` (duplicates collapsed, at most ``limit``),
    /// creating its directory with mode 0700 when needed.
    ///
    /// - Throws: ``DossierError`` with code `io`; the old file is then left as it was.
    public func save(_ entries: [String]) throws(DossierError) {
        let directory = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw DossierError(.io, "cannot create the directory \(directory) for the shell history; check its permissions", cause: error)
        }
        var kept = Self.normalized(entries, limit: limit)[...]
        var size = kept.reduce(0) { $0 + $1.utf8.count + 1 }
        while size > Self.maximumBytes, let oldest = kept.first {
            size -= oldest.utf8.count + 1
            kept = kept.dropFirst()
        }
        try AtomicFile.replace(path, with: Array(kept.map { $0 + "\n" }.joined().utf8), mode: 0o600)
    }

    /// Entries without blanks, without any over ``maximumEntryBytes`` and with every
    /// repeat removed but the latest, keeping the newest `limit`, oldest first.
    public static func normalized(_ entries: [String], limit: Int) -> [String] {
        var seen = Set<String>()
        var newestFirst: [String] = []
        for entry in entries.reversed() where !entry.isEmpty && entry.utf8.count <= maximumEntryBytes && newestFirst.count < limit {
            if seen.insert(entry).inserted { newestFirst.append(entry) }
        }
        return newestFirst.reversed()
    }

    private func readBytes() throws(DossierError) -> [UInt8] {
        // O_NONBLOCK: a FIFO put in the history's place must not hold the shell at start.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        if descriptor < 0 {
            if errno == ENOENT { return [] }
            throw DossierError(.io, "cannot read the history file \(path) (\(String(cString: strerror(errno)))); check its permissions")
        }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            throw DossierError(.io, "the history file \(path) is not a regular file (a FIFO, device or folder); move it away to start a new history")
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw DossierError(.io, "cannot read the history file \(path) (\(String(cString: strerror(errno)))); check that it is a file")
            }
            bytes += chunk[..<count]
            if bytes.count > Self.maximumBytes {
                throw DossierError(.badData, "the history file \(path) is over \(Self.maximumBytes / 1024 / 1024) MiB; move it away to start a new history")
            }
        }
    }
}
