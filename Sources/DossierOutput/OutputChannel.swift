#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes text to a file descriptor, flushed by the caller after each answer so a
/// co-process can converse line by line.
public struct OutputChannel: Sendable {
    /// Why a write failed.
    public enum Failure: Error, Sendable {
        /// The reader went away (EPIPE): stop quietly.
        case closed
        /// Any other failure, with the system's error number.
        case failed(Int32)
    }

    private let descriptor: Int32

    /// Creates a channel writing to `descriptor`; SIGPIPE must be ignored by the process
    /// so that a closed reader shows up as ``Failure/closed``.
    public init(descriptor: Int32) { self.descriptor = descriptor }

    /// Writes all of `text`, retrying short writes.
    public func write(_ text: String) throws(Failure) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
            if written > 0 {
                bytes = bytes.dropFirst(written)
            } else if written == 0 {
                throw .failed(EIO)  // nothing written and no error: treat as an I/O failure
            } else if errno == EINTR {
                continue
            } else if errno == EPIPE {
                throw .closed
            } else {
                throw .failed(errno)
            }
        }
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#else
private let systemWrite = Darwin.write
#endif
