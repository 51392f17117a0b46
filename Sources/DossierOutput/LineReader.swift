#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines of bytes from a file descriptor without holding more than a bounded
/// amount of any line: a line longer than `limit` is returned cut short, with its full
/// length, and the rest of it is skipped.
public struct LineReader {
    /// One line as read.
    public struct Line {
        /// The line's bytes, without the newline, at most `limit` of them.
        public var bytes: [UInt8]
        /// The line's full length in bytes.
        public var length: Int
        /// The line's number, from 1.
        public var number: Int
    }

    private let descriptor: Int32
    private let limit: Int
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    private var start = 0
    private var end = 0
    private var lineNumber = 0
    private var finished = false

    /// Creates a reader of `descriptor` that keeps at most `limit` bytes of a line.
    public init(descriptor: Int32, limit: Int) {
        self.descriptor = descriptor
        self.limit = limit
    }

    /// The next line, or nil at the end of input. Throws when reading fails.
    public mutating func next() throws(ReadFailure) -> Line? {
        var kept: [UInt8] = []
        var length = 0
        var sawAny = false
        while true {
            if start == end {
                if finished { break }
                try fill()
                if start == end { finished = true; break }
            }
            sawAny = true
            if let newline = buffer[start..<end].firstIndex(of: UInt8(ascii: "\n")) {
                append(buffer[start..<newline], to: &kept, length: &length)
                start = newline + 1
                lineNumber += 1
                return Line(bytes: kept, length: length, number: lineNumber)
            }
            append(buffer[start..<end], to: &kept, length: &length)
            start = end
        }
        guard sawAny, length > 0 || !kept.isEmpty else { return nil }
        lineNumber += 1
        return Line(bytes: kept, length: length, number: lineNumber)
    }

    private func append(_ chunk: ArraySlice<UInt8>, to kept: inout [UInt8], length: inout Int) {
        length += chunk.count
        let room = limit - kept.count
        if room > 0 { kept.append(contentsOf: chunk.prefix(room)) }
    }

    private mutating func fill() throws(ReadFailure) {
        start = 0
        end = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count >= 0 { end = count; return }
            if errno == EINTR { continue }
            throw ReadFailure(errno: errno)
        }
    }
}

/// A read that failed, with the system's error number.
public struct ReadFailure: Error, Sendable, CustomStringConvertible {
    /// The system's error number.
    public var errno: Int32
    /// The system's message for it.
    public var description: String { String(cString: strerror(errno)) }
}
