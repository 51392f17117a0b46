import DossierKit
import Foundation

/// The conversation with one plugin executable: the handshake, one request and reply per
/// question, and the restart rules when the plugin dies.
///
/// `@unchecked Sendable` is safe because every method that touches the mutable state runs
/// on `queue`, a serial queue, and the state is private; ``ExternalAnswerer`` only calls
/// in through ``perform(_:)``, and the initial handshake runs before the value is shared.
final class PluginConnection: @unchecked Sendable {
    let path: String
    let limits: PluginLimits
    private let report: @Sendable (String) -> Void
    private let queue: DispatchQueue
    private var process: PluginProcess?
    private var restarts: [ContinuousClock.Instant] = []
    private var disabledReason: String?
    private var nextID = 1
    private(set) var manifest: PluginManifest

    /// Starts the plugin and reads its manifest.
    init(path: String, limits: PluginLimits, report: @escaping @Sendable (String) -> Void) throws(DossierError) {
        self.path = path
        self.limits = limits
        self.report = report
        queue = DispatchQueue(label: "dossier.plugin." + (path as NSString).lastPathComponent)
        let started = try PluginProcess(path: path)
        do throws(DossierError) {
            manifest = try Self.handshake(started, limits: limits)
        } catch {
            started.stop()
            throw error
        }
        process = started
    }

    /// Runs `body` on the connection's queue without blocking a Swift concurrency thread.
    func perform<T: Sendable>(_ body: @escaping @Sendable (PluginConnection) throws(DossierError) -> T) async throws(DossierError) -> T {
        let result: Result<T, DossierError> = await withCheckedContinuation { continuation in
            queue.async {
                continuation.resume(returning: Result { () throws(DossierError) -> T in try body(self) })
            }
        }
        return try result.get()
    }

    /// Asks the plugin about one question and returns its bids. Call only through ``perform(_:)``.
    func ask(_ question: Question, in store: any FactQuery) throws(DossierError) -> [Bid] {
        let running = try runningProcess()
        let id = nextID
        nextID += 1
        let request = WireRequest(id: id, question: question, in: store, factLimit: limits.factsPerQuestion)
        let deadline = ContinuousClock.now + .milliseconds(Int(limits.questionTimeout * 1000))
        guard let bytes = try? JSONEncoder().encode(request), running.write(line: Array(bytes), deadline: deadline) else {
            throw died(running, doing: "reading its question")
        }
        while true {
            switch running.readLine(limit: limits.maximumReplyBytes, deadline: deadline) {
            case .timeout:
                end(running)
                throw DossierError(.timeout, "plugin '\(manifest.name)' gave no reply within \(limits.questionTimeout) s; it was stopped and will be restarted")
            case .closed:
                throw died(running, doing: "answering")
            case .tooLong:
                disable(running, because: "it wrote a reply longer than \(limits.maximumReplyBytes) bytes")
                throw DossierError(.pluginFailed, "plugin '\(manifest.name)' wrote an oversized reply and was disabled")
            case .line(let line):
                guard let reply = try? JSONDecoder().decode(WireReply.self, from: Data(line)) else {
                    throw DossierError(.pluginFailed, "plugin '\(manifest.name)' wrote a reply that is not a valid message of protocol \(PluginProtocol.version); its bids were dropped")
                }
                // A late reply to a question that timed out belongs to nobody: skip it.
                guard reply.id == id else { continue }
                return try bids(from: reply, facts: request.facts.map(\.id), store: store)
            }
        }
    }

    private func bids(from reply: WireReply, facts sentIDs: [String], store: any FactQuery) throws(DossierError) -> [Bid] {
        if reply.type == "error" {
            throw DossierError(.pluginFailed, "plugin '\(manifest.name)' could not answer: \(reply.message ?? "no message")")
        }
        guard reply.type == "bids", let wire = reply.bids else {
            throw DossierError(.pluginFailed, "plugin '\(manifest.name)' replied with a '\(reply.type)' message instead of 'bids'; its reply was dropped")
        }
        let sent = store.facts.filter { sentIDs.contains($0.id) }
        let (bids, problems) = BidReading(store: store, sent: sent, plugin: manifest.name).read(wire)
        if bids.isEmpty, let problem = problems.first {
            throw DossierError(.pluginFailed, "plugin '\(manifest.name)': \(problem); the bid was dropped")
        }
        return bids
    }

    /// The running process, restarting a dead one while the restart budget lasts.
    private func runningProcess() throws(DossierError) -> PluginProcess {
        if let disabledReason { throw DossierError(.pluginFailed, "plugin '\(manifest.name)' is disabled: \(disabledReason)") }
        if let process { return process }
        let now = ContinuousClock.now
        restarts.removeAll { $0.duration(to: now) > .milliseconds(Int(limits.restartWindow * 1000)) }
        guard restarts.count < limits.maximumRestarts else {
            disable(nil, because: "it stopped \(restarts.count + 1) times within \(Int(limits.restartWindow)) s")
            throw DossierError(.pluginFailed, "plugin '\(manifest.name)' is disabled: it keeps stopping")
        }
        restarts.append(now)
        let started = try PluginProcess(path: path)
        do throws(DossierError) {
            let fresh = try Self.handshake(started, limits: limits)
            guard PluginProtocol.accepts(fresh.protocolVersion) else { throw Self.versionError(fresh, path: path) }
        } catch {
            started.stop()
            throw error
        }
        process = started
        return started
    }

    private func died(_ running: PluginProcess, doing what: String) -> DossierError {
        let tail = running.stderrTail
        end(running)
        let detail = tail.isEmpty ? "" : "; its last words on standard error: \(tail.suffix(200))"
        return DossierError(.pluginFailed, "plugin '\(manifest.name)' stopped while \(what)\(detail)")
    }

    private func end(_ running: PluginProcess) {
        running.stop()
        if process === running { process = nil }
    }

    /// Stops the plugin for good and says so once.
    private func disable(_ running: PluginProcess?, because reason: String) {
        if let running { end(running) }
        guard disabledReason == nil else { return }
        disabledReason = reason
        report("plugin '\(manifest.name)' (\(path)) was disabled: \(reason)")
    }

    /// Says hello and reads the manifest, checking the protocol version and the name.
    static func handshake(_ process: PluginProcess, limits: PluginLimits) throws(DossierError) -> PluginManifest {
        let deadline = ContinuousClock.now + .milliseconds(Int(limits.handshakeTimeout * 1000))
        let hello = Array(#"{"type":"hello","protocol":"\#(PluginProtocol.version)"}"#.utf8)
        guard process.write(line: hello, deadline: deadline) else {
            throw DossierError(.pluginFailed, "plugin \(process.path) stopped before the handshake")
        }
        switch process.readLine(limit: limits.maximumReplyBytes, deadline: deadline) {
        case .line(let line):
            guard let reply = try? JSONDecoder().decode(WireManifest.self, from: Data(line)), reply.type == "manifest" else {
                throw DossierError(.pluginFailed, "plugin \(process.path) did not answer hello with a manifest (see docs/plugin-protocol.md)")
            }
            let manifest = reply.manifest
            guard PluginProtocol.accepts(manifest.protocolVersion) else { throw versionError(manifest, path: process.path) }
            guard !manifest.name.isEmpty, manifest.name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) else {
                throw DossierError(.pluginFailed, "plugin \(process.path) gave the name '\(manifest.name)'; use lowercase letters, digits and '-'")
            }
            return manifest
        case .timeout:
            throw DossierError(.timeout, "plugin \(process.path) did not answer hello within \(limits.handshakeTimeout) s")
        case .closed:
            throw DossierError(.pluginFailed, "plugin \(process.path) stopped before answering hello; its standard error: \(process.stderrTail.suffix(200))")
        case .tooLong:
            throw DossierError(.pluginFailed, "plugin \(process.path) answered hello with more than \(limits.maximumReplyBytes) bytes")
        }
    }

    static func versionError(_ manifest: PluginManifest, path: String) -> DossierError {
        DossierError(
            .pluginFailed,
            "plugin \(path) speaks plugin protocol \(manifest.protocolVersion), but this Dossier speaks \(PluginProtocol.version); "
                + "install a version of the plugin written for protocol \(PluginProtocol.major(of: PluginProtocol.version) ?? 1).x")
    }
}
