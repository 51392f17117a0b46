public import DossierKit
import Foundation
import DossierLanguage

/// A document file read and checked before parsing: a regular file of UTF-8 text with
/// words in it, not binary, not too large. Every refusal names the file, says what it
/// is and what to do.
public struct DocumentFile: Sendable {
    /// Files larger than this are refused (10 MiB).
    public static let maximumBytes = 10 * 1024 * 1024

    /// The path as given, for messages; a name that is not UTF-8 shows its odd bytes as `\xHH`.
    public let path: String
    /// The path as the bytes the system takes.
    public let pathBytes: [UInt8]
    /// The text, exactly as stored in the file.
    public let text: String
    /// A hash of the bytes; equal hashes mean the same text.
    public let contentHash: String

    /// Reads and checks the file at `path`.
    ///
    /// - Parameter pathBytes: the file name's bytes when they are not UTF-8 (`path` is
    ///   then their escaped form); nil to use `path` itself.
    public init(path: String, pathBytes: [UInt8]? = nil, maximumBytes: Int = DocumentFile.maximumBytes) throws(DossierError) {
        self.path = path
        self.pathBytes = pathBytes ?? Array(path.utf8)
        let bytes: [UInt8]
        do {
            bytes = try BoundedFile.read(pathBytes: self.pathBytes, limit: maximumBytes)
        } catch {
            throw Self.refusal(error, path: path, limit: maximumBytes)
        }
        if bytes.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) {
            throw DossierError(.badData, "\(path): is empty; there is no text to ingest.")
        }
        if let nul = bytes.firstIndex(of: 0) {
            throw DossierError(.badData, "\(path): looks like a binary file (NUL byte at offset \(nul)); only plain text and Markdown can be ingested.")
        }
        if let bad = TextBytes.firstInvalidByte(bytes) {
            let line = bytes[..<bad].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            throw DossierError(.invalidUTF8, "\(path): line \(line): byte \(bad) is not UTF-8; convert the file to UTF-8 (e.g. iconv -t UTF-8) and ingest it again.")
        }
        text = String(decoding: bytes, as: UTF8.self)
        guard text.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else {
            throw DossierError(.badData, "\(path): holds no words (only control characters, symbols or punctuation); there is no text to ingest.")
        }
        contentHash = Self.hash(bytes)
    }

    private static func refusal(_ failure: BoundedFile.Failure, path: String, limit: Int) -> DossierError {
        switch failure {
        case .missing:
            DossierError(.io, "\(path): no such file; check the path.")
        case .permissionDenied:
            DossierError(.io, "\(path): permission denied; check that it is readable.")
        case .notAFile("a directory"):
            DossierError(.badData, "\(path): is a directory; give the text files inside it.")
        case .notAFile(let kind):
            DossierError(.badData, "\(path): is \(kind), not a regular file; only text and Markdown files can be ingested.")
        case .tooLarge(let size):
            DossierError(.badData, "\(path): too large (\(size) bytes; the limit is \(limit) bytes); split it into smaller files.")
        case .system(let reason):
            DossierError(.io, "\(path): cannot be read (\(reason)).")
        }
    }

    /// 64-bit FNV-1a over the bytes, with the length: stable across runs and platforms.
    static func hash(_ bytes: [UInt8]) -> String {
        "fnv1a64-" + TextBytes.fnv1a(bytes) + "-" + String(bytes.count)
    }
}
