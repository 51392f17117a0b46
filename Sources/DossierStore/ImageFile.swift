import Foundation

/// Where a store on disk keeps its reading image: a file beside it (`<store>-image`),
/// mapped into memory by whoever reads it, so opening an index costs the pages a question
/// touches instead of a copy of every byte out of SQLite.
///
/// Rules: the file is written whole under a temporary name and renamed into place, so a
/// reader maps either the old file or the new one, never half of one; it starts with a
/// header (magic, layout, a random token, the payload's length) and holds for the store
/// only while the store's `reading_image` row names the same token, so a file left from
/// another store, an older image, or a torn write is never believed. A process that
/// mapped a file keeps reading it after another replaces it (the old inode lives on).
enum ImageFile {
    static func path(of store: String) -> String { store + "-image" }

    /// "DXIF", then the header's layout.
    private static let magic: [UInt8] = [0x44, 0x58, 0x49, 0x46]
    private static let layout: UInt32 = 1
    /// Magic, layout, token, payload length: the payload starts here (a multiple of 8, so
    /// its 8-byte values are aligned as the mapping is).
    static let headerSize = 32
    static let tokenSize = 16

    /// A fresh token naming one written file.
    static func newToken() -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<tokenSize).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }

    /// Writes `bytes` as the image file of the store at `store`, named by `token`.
    static func write(_ bytes: [UInt8], token: [UInt8], forStoreAt store: String) throws {
        let target = path(of: store)
        let temporary = target + ".\(getpid()).\(UInt32.random(in: .min ... .max)).tmp"
        var header = magic
        withUnsafeBytes(of: layout.littleEndian) { header.append(contentsOf: $0) }
        header.append(contentsOf: token)
        withUnsafeBytes(of: UInt64(bytes.count).littleEndian) { header.append(contentsOf: $0) }
        precondition(header.count == headerSize)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw ImageFileError(path: temporary, call: "open") }
        var written = false
        defer {
            close(descriptor)
            if !written { unlink(temporary) }
        }
        for part in [header, bytes] {
            try part.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let count = Foundation.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                    if count < 0, errno == EINTR { continue }
                    guard count > 0 else { throw ImageFileError(path: temporary, call: "write") }
                    offset += count
                }
            }
        }
        guard rename(temporary, target) == 0 else { throw ImageFileError(path: target, call: "rename") }
        written = true
    }

    /// The payload of the image file of the store at `store`, mapped read-only; nil when
    /// there is none, or its header is not one this layout wrote, names another token, or
    /// gives another length than the file has.
    static func map(forStoreAt store: String, token: [UInt8]) -> MappedImage? {
        // Non-blocking, so a FIFO in the file's place is refused below instead of waited on.
        let descriptor = open(path(of: store), O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size >= headerSize else { return nil }
        let size = Int(status.st_size)
        guard let mapping = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), mapping != MAP_FAILED else { return nil }
        let image = MappedImage(mapping: UnsafeRawPointer(mapping), size: size, offset: headerSize, path: path(of: store))
        let header = UnsafeRawBufferPointer(start: mapping, count: headerSize)
        let length = UInt64(littleEndian: header.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
        guard Array(header[0..<4]) == magic,
              UInt32(littleEndian: header.loadUnaligned(fromByteOffset: 4, as: UInt32.self)) == layout,
              Array(header[8..<24]) == token, length == UInt64(size - headerSize)
        else { return nil }
        return image
    }
}

/// A system call on an image file that failed, with where and why.
struct ImageFileError: Error, CustomStringConvertible {
    let path: String
    let call: String
    let code = errno

    var description: String { "\(call) \(path): \(String(cString: strerror(code)))" }
}

/// Bytes of a reading image held read-only in memory for as long as any index reads them:
/// a mapped image file, or a copy of an image stored in the database.
///
/// `@unchecked Sendable`: the bytes are never written after `init` (a private, read-only
/// mapping, or a copy no one else holds), so any thread may read them; neither a `Mutex`
/// nor an actor would guard anything.
public final class MappedImage: @unchecked Sendable {
    private let mapping: UnsafeRawPointer
    private let size: Int
    private let isMapped: Bool
    /// The image's bytes.
    public let bytes: UnsafeRawBufferPointer
    /// The file mapped; nil for a copy.
    public let path: String?

    init(mapping: UnsafeRawPointer, size: Int, offset: Int, path: String) {
        self.mapping = mapping
        self.size = size
        self.path = path
        isMapped = true
        bytes = UnsafeRawBufferPointer(start: mapping + offset, count: size - offset)
    }

    /// A copy of `source`, aligned as a mapping is.
    public init(copying source: UnsafeRawBufferPointer) {
        let copy = UnsafeMutableRawPointer.allocate(byteCount: max(source.count, 1), alignment: 16)
        if let base = source.baseAddress { copy.copyMemory(from: base, byteCount: source.count) }
        mapping = UnsafeRawPointer(copy)
        size = source.count
        path = nil
        isMapped = false
        bytes = UnsafeRawBufferPointer(start: copy, count: source.count)
    }

    deinit {
        if isMapped {
            munmap(UnsafeMutableRawPointer(mutating: mapping), size)
        } else {
            UnsafeMutableRawPointer(mutating: mapping).deallocate()
        }
    }
}
