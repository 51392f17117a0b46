public import DossierKit
import Foundation
import DossierLanguage
import Synchronization

/// Source metadata for a document: from a `sources.json` beside the file when it lists
/// the file, else made from the file name and the document's first heading.
///
/// `sources.json` is a JSON array of `{"id", "file", "title", "publisher", "kind",
/// "published"}` objects, as in the shared corpus. It is read at most
/// ``maximumBytes`` (a bigger one is refused unread), and once per folder and version
/// of the file, however many documents of that folder are ingested.
public enum SourceCatalog {
    /// The largest `sources.json` read (1 MiB: thousands of entries).
    public static let maximumBytes = 1024 * 1024

    struct Entry: Decodable, Sendable {
        var id: String
        var file: String
        var title: String
        var publisher: String?
        var kind: String?
        var published: String?
    }

    /// A source and whether a `sources.json` listed it (else it was made from the name).
    public struct Lookup: Sendable {
        public var source: Source
        public var listed: Bool
    }

    public static func source(for path: String, parsed: ParsedDocument) throws(DossierError) -> Source {
        try lookup(for: path, parsed: parsed).source
    }

    /// The source for the file at `path` (whose bytes are `pathBytes` when its name is
    /// not UTF-8), and whether a `sources.json` listed it.
    public static func lookup(for path: String, pathBytes: [UInt8]? = nil, parsed: ParsedDocument) throws(DossierError) -> Lookup {
        let bytes = pathBytes ?? Array(path.utf8)
        let slash = bytes.lastIndex(of: UInt8(ascii: "/"))
        let folder = slash.map { Array(bytes[...$0]) } ?? []
        let name = String(decoding: slash.map { bytes[($0 + 1)...] } ?? bytes[...], as: UTF8.self)
        let sidecarBytes = folder + Array("sources.json".utf8)
        let sidecar = String(decoding: sidecarBytes, as: UTF8.self)
        if let entries = try entries(at: sidecarBytes, shown: sidecar), let entry = entries.first(where: { $0.file == name }) {
            guard isValidID(entry.id) else {
                throw DossierError(
                    .badData,
                    "\(sidecar): the entry for \(name) has the id '\(entry.id)'; an id is 1 to \(maximumIDLength) letters, digits, '.', '_' or '-'. Fix it and ingest again.")
            }
            let source = Source(
                id: entry.id, title: entry.title, publisher: entry.publisher ?? "",
                kind: entry.kind ?? "document", published: entry.published ?? parsed.date, sections: parsed.sectionNames)
            return Lookup(source: source, listed: true)
        }
        let shownName = (path as NSString).lastPathComponent
        let stem = (shownName as NSString).deletingPathExtension
        let id = TextFolding.words(stem).joined(separator: "-")
        let source = Source(id: id.isEmpty ? "document" : id, title: parsed.title ?? stem, publisher: "",
                            kind: "document", published: parsed.date, sections: parsed.sectionNames)
        return Lookup(source: source, listed: false)
    }

    /// The longest source id a `sources.json` may give.
    public static let maximumIDLength = 128

    /// An id is what a command line, a citation and a file name can all carry: ASCII
    /// letters, digits, `.`, `_` and `-`, not starting with `.` or `-`.
    static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, id.unicodeScalars.count <= maximumIDLength, first != ".", first != "-" else {
            return false
        }
        return id.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)) }
    }

    /// The entries of the `sources.json` at `path`, nil when there is none.
    private static func entries(at path: [UInt8], shown: String) throws(DossierError) -> [Entry]? {
        let version = FileVersion(path)
        guard let version else { return nil }
        if let cached = cache.withLock({ $0[path] }), cached.version == version { return cached.entries }
        let data: [UInt8]
        do {
            data = try BoundedFile.read(pathBytes: path, limit: maximumBytes)
        } catch {
            switch error {
            case .missing: return nil
            case .tooLarge(let size):
                throw DossierError(.badData, "\(shown): too large (\(size) bytes; the limit is \(maximumBytes) bytes); it was not read. Split the folder or trim the list.")
            case .notAFile(let kind):
                throw DossierError(.badData, "\(shown): is \(kind), not a list of sources; remove it.")
            case .permissionDenied:
                throw DossierError(.io, "\(shown): permission denied; make it readable or remove it.")
            case .system(let reason):
                throw DossierError(.io, "\(shown): cannot be read (\(reason)).")
            }
        }
        let entries: [Entry]
        do {
            entries = try JSONDecoder().decode([Entry].self, from: Data(data))
        } catch {
            throw DossierError(.badData, "\(shown): not a list of sources ({id, file, title, ...}); fix or remove it.", cause: error)
        }
        cache.withLock { $0[path] = Cached(version: version, entries: entries) }
        return entries
    }

    /// Which version of a file was read: a changed file has another size, time or inode.
    private struct FileVersion: Equatable, Sendable {
        var device: UInt64, inode: UInt64, size: Int64, modified: Int, modifiedNanoseconds: Int

        init?(_ path: [UInt8]) {
            var status = stat()
            let found = (path + [0]).withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { stat($0, &status) == 0 }
            }
            guard found else { return nil }
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
            size = Int64(status.st_size)
            #if canImport(Darwin)
            modified = status.st_mtimespec.tv_sec
            modifiedNanoseconds = status.st_mtimespec.tv_nsec
            #else
            modified = status.st_mtim.tv_sec
            modifiedNanoseconds = status.st_mtim.tv_nsec
            #endif
        }
    }

    private struct Cached: Sendable {
        var version: FileVersion
        var entries: [Entry]
    }

    private static let cache = Mutex<[[UInt8]: Cached]>([:])
}
