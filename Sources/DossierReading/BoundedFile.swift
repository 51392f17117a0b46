#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole regular file of at most a given size, and refuses anything else by
/// what it is: a FIFO or device is named as such (and never waited on), a file over the
/// limit is refused before any of it is read, whatever its size on disk.
public enum BoundedFile {
    /// Why a file could not be read.
    public enum Failure: Error, Sendable, Equatable {
        /// It does not exist.
        case missing
        /// It exists but may not be read.
        case permissionDenied
        /// It is not a regular file: the words say what it is ("a FIFO", "a directory").
        case notAFile(String)
        /// It holds more bytes than the limit.
        case tooLarge(Int)
        /// Another error from the system, as `strerror` words it.
        case system(String)
    }

    /// The bytes of the file at `path`, given as the bytes the system takes (a file
    /// name need not be UTF-8).
    public static func read(pathBytes: [UInt8], limit: Int) throws(Failure) -> [UInt8] {
        // O_NONBLOCK: opening a FIFO with no writer must not wait; it is refused below.
        let descriptor = (pathBytes + [0]).withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
            }
        }
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: throw .missing
            case EACCES, EPERM: throw .permissionDenied
            case ENXIO: throw .notAFile("a socket or a device with nothing behind it")
            default: throw .system(String(cString: strerror(errno)))
            }
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .system(String(cString: strerror(errno))) }
        if let kind = kind(of: status.st_mode) { throw .notAFile(kind) }
        if Int(status.st_size) > limit { throw .tooLarge(Int(status.st_size)) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw .system(String(cString: strerror(errno)))
            }
            bytes += chunk[..<count]
            // The file grew after fstat: stop at the limit rather than read on.
            if bytes.count > limit { throw .tooLarge(bytes.count) }
        }
    }

    /// The bytes of the file at `path`.
    public static func read(path: String, limit: Int) throws(Failure) -> [UInt8] {
        try read(pathBytes: Array(path.utf8), limit: limit)
    }

    /// What a file of this mode is, in words, or nil for a regular file.
    static func kind(of mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "a directory"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }
}

/// The C `read`, under a name ``BoundedFile/read(pathBytes:limit:)`` does not hide.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
