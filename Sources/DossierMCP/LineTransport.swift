#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Logging
import MCP
import Synchronization
import SystemPackage

/// MCP's stdio framing (one JSON-RPC message per line) on two descriptors, read and
/// written with plain blocking calls.
///
/// The SDK's `StdioTransport` rescans everything buffered for a newline after every 4 KiB
/// read, so a 1 MiB message took seconds, and retries short writes after a sleep inside
/// its actor, so two large replies could interleave. Here each byte is scanned once, a
/// message is written whole before the next, and no message may exceed
/// ``maximumMessageBytes``: a longer one is skipped, and answered with a JSON-RPC error
/// when its id lies in the part that was read.
actor LineTransport: Transport {
    /// The longest message read, in bytes: far above any question the tools accept, so an
    /// over-long question is still a tool error with its message, not a lost request.
    static let maximumMessageBytes = 8 * 1024 * 1024

    nonisolated let logger: Logger
    private let input: Int32
    private let output: Int32
    private let stream: AsyncThrowingStream<Data, any Error>
    private let continuation: AsyncThrowingStream<Data, any Error>.Continuation
    private var started = false
    /// Ids (as JSON text) of requests read and not yet answered; the reader thread adds
    /// to it before it hands a request on, so no answer can come first.
    private let unanswered = UnansweredRequests()
    /// How long, after the input ends, requests already read may take to be answered.
    static let drainSeconds = 30.0

    init(input: Int32, output: Int32, logger: Logger) {
        self.input = input
        self.output = output
        self.logger = logger
        (stream, continuation) = AsyncThrowingStream.makeStream()
    }

    func connect() async throws {
        guard !started else { return }
        started = true
        let reader = LineReaderThread(
            descriptor: input, limit: Self.maximumMessageBytes,
            message: { [unanswered, continuation] line in
                if let id = Self.requestID(ofMessage: line) { unanswered.insert(id) }
                continuation.yield(line)
            },
            overLimit: { [weak self] prefix, length in
                Task { await self?.refuse(prefix: prefix, length: length) }
            },
            ended: { [weak self] in
                Task { await self?.endOfInput() }
            })
        Thread.detachNewThread { reader.run() }
    }

    func disconnect() async {
        continuation.finish()
    }

    func receive() -> AsyncThrowingStream<Data, any Error> { stream }

    /// The input ended: the messages stop once every request read has been answered (or
    /// after ``drainSeconds``), so the server does not exit with answers unsent.
    private func endOfInput() async {
        let deadline = ContinuousClock.now + .seconds(Self.drainSeconds)
        while !unanswered.isEmpty && ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        continuation.finish()
    }

    /// Writes one message and its newline, all of it, before any other message.
    func send(_ data: Data) async throws {
        if let id = Self.responseID(ofMessage: data) { unanswered.remove(id) }
        var bytes = [UInt8](data)
        bytes.append(UInt8(ascii: "\n"))
        do {
            _ = try FileDescriptor(rawValue: output).writeAll(bytes)
        } catch {
            throw MCPError.transportError(POSIXError(POSIXErrorCode(rawValue: (error as? Errno)?.rawValue ?? EIO) ?? .EIO))
        }
    }

    /// Answers a message too long to read with an error, when its id was in the part read.
    private func refuse(prefix: [UInt8], length: Int) async {
        let message = "a message of \(length) bytes or more is over the limit of \(Self.maximumMessageBytes) bytes; it was not read"
        logger.error("\(message)")
        guard let id = Self.requestID(in: prefix) else { return }
        let reply = "{\"jsonrpc\":\"2.0\",\"id\":\(id),\"error\":{\"code\":-32600,\"message\":\"\(message)\"}}"
        try? await send(Data(reply.utf8))
    }

    /// The id of a request (a message with a method and an id), as JSON text.
    static func requestID(ofMessage data: Data) -> String? {
        guard let object = topLevel(data), object["method"] != nil, let id = object["id"] else { return nil }
        return idText(id)
    }

    /// The id of a response (a message with a result or an error), as JSON text.
    static func responseID(ofMessage data: Data) -> String? {
        guard let object = topLevel(data), object["method"] == nil, let id = object["id"] else { return nil }
        return idText(id)
    }

    private static func topLevel(_ data: Data) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    private static func idText(_ id: Any) -> String? {
        if let text = id as? String { return "\"" + text + "\"" }
        if let number = id as? NSNumber { return number.stringValue }
        return nil
    }

    /// The `"id"` of a JSON-RPC request, as JSON text, from the start of a message: a
    /// number or a simple string. Nil when it is not there.
    static func requestID(in prefix: [UInt8]) -> String? {
        let text = String(decoding: prefix.prefix(4096), as: UTF8.self)
        guard let key = text.range(of: "\"id\"") else { return nil }
        var rest = text[key.upperBound...].drop { $0 == " " }
        guard rest.first == ":" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " }
        if rest.first == "\"" {
            let body = rest.dropFirst().prefix { $0 != "\"" && $0 != "\\" }
            guard rest.dropFirst(body.count + 1).first == "\"" else { return nil }
            return "\"" + body + "\""
        }
        let number = rest.prefix { $0.isNumber || $0 == "-" }
        return number.isEmpty ? nil : String(number)
    }
}

/// Ids of requests read and not yet answered, shared by the reader thread and the actor.
private final class UnansweredRequests: Sendable {
    private let ids = Mutex<Set<String>>([])

    func insert(_ id: String) { ids.withLock { _ = $0.insert(id) } }
    func remove(_ id: String) { ids.withLock { _ = $0.remove(id) } }
    var isEmpty: Bool { ids.withLock(\.isEmpty) }
}

/// The thread that reads the input: blocking reads of 64 KiB, each byte looked at once,
/// every complete line handed on; a line over the limit is dropped up to its newline.
private final class LineReaderThread: Sendable {
    let descriptor: Int32
    let limit: Int
    let message: @Sendable (Data) -> Void
    let overLimit: @Sendable ([UInt8], Int) -> Void
    let ended: @Sendable () -> Void

    init(descriptor: Int32, limit: Int, message: @escaping @Sendable (Data) -> Void,
         overLimit: @escaping @Sendable ([UInt8], Int) -> Void, ended: @escaping @Sendable () -> Void) {
        self.descriptor = descriptor
        self.limit = limit
        self.message = message
        self.overLimit = overLimit
        self.ended = ended
    }

    func run() {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var line: [UInt8] = []
        var skipping = false
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 && errno == EAGAIN {
                usleep(5_000)  // a descriptor someone left non-blocking
                continue
            }
            guard count > 0 else { break }
            var start = 0
            while start < count {
                let end = chunk[start..<count].firstIndex(of: UInt8(ascii: "\n"))
                let piece = chunk[start..<(end ?? count)]
                if !skipping {
                    if line.count + piece.count > limit {
                        overLimit(line + piece.prefix(4096), line.count + piece.count)
                        skipping = true
                        line = []
                    } else {
                        line.append(contentsOf: piece)
                    }
                }
                guard let end else { break }
                if !skipping && !line.isEmpty { message(Data(line)) }
                line.removeAll(keepingCapacity: line.count < 1 << 20)
                skipping = false
                start = end + 1
            }
        }
        if !skipping && !line.isEmpty { message(Data(line)) }
        ended()
    }
}
