import DossierKit
import Foundation
import SystemPackage

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Replaces a file's contents all at once: the bytes go to a new file beside it, which
/// is flushed to disk and renamed over the old one. A reader sees the old contents or
/// the new, never a mixture, and a failure leaves the old file untouched.
enum AtomicFile {
    /// Writes `bytes` to `path`, giving the new file `mode`.
    static func replace(_ path: String, with bytes: [UInt8], mode: mode_t) throws(DossierError) {
        var template = Array((path + ".XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw failure("cannot create a file beside", path) }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var finished = false
        defer {
            if !finished { unlink(temporary) }
        }
        let written = (try? FileDescriptor(rawValue: descriptor).writeAll(bytes)) != nil
        let synced = written && fchmod(descriptor, mode) == 0 && fsync(descriptor) == 0
        let closed = close(descriptor) == 0
        guard written, synced, closed else { throw failure("cannot write", path) }
        guard rename(temporary, path) == 0 else { throw failure("cannot replace", path) }
        finished = true
    }

    private static func failure(_ action: String, _ path: String) -> DossierError {
        let reason = String(cString: strerror(errno))
        return DossierError(.io, "\(action) \(path) (\(reason)); check the permissions of its directory and the free space")
    }
}
