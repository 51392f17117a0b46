import SystemPackage

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

    /// Writes all of `text`, retrying short and interrupted writes (swift-system's `writeAll`).
    public func write(_ text: String) throws(Failure) {
        do {
            _ = try FileDescriptor(rawValue: descriptor).writeAll(Array(text.utf8))
        } catch let error as Errno {
            throw error == .brokenPipe ? .closed : .failed(error.rawValue)
        } catch {
            throw .failed(EIO)
        }
    }
}
