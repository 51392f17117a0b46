public import DossierKit
import Foundation
import DossierLanguage

/// A document file read and checked before parsing: UTF-8 text, not empty, not binary,
/// not too large. Every refusal names the file and says what to do.
public struct DocumentFile: Sendable {
    /// Files larger than this are refused (10 MiB).
    public static let maximumBytes = 10 * 1024 * 1024

    /// The path as given.
    public let path: String
    /// The text, exactly as stored in the file.
    public let text: String
    /// A hash of the bytes; equal hashes mean the same text.
    public let contentHash: String

    /// Reads and checks the file at `path`.
    public init(path: String, maximumBytes: Int = DocumentFile.maximumBytes) throws(DossierError) {
        self.path = path
        let url = URL(fileURLWithPath: path)
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if attributes?[.type] as? FileAttributeType == .typeDirectory {
            throw DossierError(.badData, "\(path): is a directory; give the text files inside it.")
        }
        if let size = (attributes?[.size] as? NSNumber)?.intValue, size > maximumBytes {
            throw DossierError(
                .badData, "\(path): too large (\(size) bytes; the limit is \(maximumBytes) bytes); split it into smaller files.")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DossierError(.io, "\(path): cannot be read; check that it exists and is readable.", cause: error)
        }
        guard data.count <= maximumBytes else {
            throw DossierError(.badData, "\(path): too large (the limit is \(maximumBytes) bytes); split it into smaller files.")
        }
        let bytes = [UInt8](data)
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
        contentHash = Self.hash(bytes)
    }

    /// 64-bit FNV-1a over the bytes, with the length: stable across runs and platforms.
    static func hash(_ bytes: [UInt8]) -> String {
        "fnv1a64-" + TextBytes.fnv1a(bytes) + "-" + String(bytes.count)
    }
}
