import DossierKit
import Foundation
import Logging
import Synchronization

/// The conversation with one plugin executable: the handshake, one request and reply per
/// question, and the restart rules when the plugin dies.
///
/// The mutable part (the process, restarts, the id counter) lives in a `Mutex`; the
/// blocking reads and writes run on a serial dispatch queue of the connection's own, so
/// a slow plugin never holds up a Swift concurrency thread.
final class PluginConnection: Sendable {
    let path: String
    let limits: PluginLimits
    let manifest: PluginManifest
    private let report: @Sendable (String) -> Void
    private let logger: Logger
    private let queue: DispatchQueue
    private let state: Mutex<State>

    /// What changes as questions are asked.
    struct State: ~Copyable {
        var process: PluginProcess?
        var restarts: [ContinuousClock.Instant] = []
        var disabledReason: String?
        var nextID = 1
    }

    /// Starts the plugin and reads its manifest.
    init(path: String, limits: PluginLimits, logger: Logger, report: @escaping @Sendable (String) -> Void) throws(DossierError) {
        self.path = path
        self.limits = limits
        self.report = report
        var logger = logger
        logger[metadataKey: "plugin.path"] = .string(path)
        self.logger = logger
        queue = DispatchQueue(label: "dossier.plugin." + (path as NSString).lastPathComponent)
        let started = try PluginProcess(path: path)
        do throws(DossierError) {
            manifest = try Self.handshake(started, limits: limits)
        } catch {
            started.stop()
            throw error
        }
        let pid = started.processID
        state = Mutex(State(process: started))
        self.logger.debug("plugin started", metadata: ["plugin": .string(manifest.name), "plugin.pid": .stringConvertible(pid)])
    }

    /// Asks the plugin about one question on the connection's queue, without blocking a
    /// Swift concurrency thread, and returns its bids.
    func ask(_ question: Question, in store: any FactQuery) async throws(DossierError) -> [Bid] {
        let result: Result<[Bid], DossierError> = await withCheckedContinuation { continuation in
            queue.async {
                continuation.resume(returning: self.state.withLock { state in
                    Result { () throws(DossierError) -> [Bid] in try self.ask(question, in: store, state: &state) }
                })
            }
        }
        return try result.get()
    }

    /// Asks the plugin about one question and returns its bids; runs with the state locked.
    private func ask(_ question: Question, in store: any FactQuery, state: inout State) throws(DossierError) -> [Bid] {
        let running = try runningProcess(&state)
        let id = state.nextID
        state.nextID += 1
        let request = WireRequest(id: id, question: question, in: store, factLimit: limits.factsPerQuestion)
        let deadline = ContinuousClock.now + .milliseconds(Int(limits.questionTimeout * 1000))
        guard let bytes = try? JSONEncoder().encode(request), running.write(line: Array(bytes), deadline: deadline) else {
            throw died(running, doing: "reading its question", state: &state)
        }
        while true {
            switch running.readLine(limit: limits.maximumReplyBytes, deadline: deadline) {
            case .timeout:
                logger.debug("plugin gave no reply in time; stopped", metadata: ["plugin": .string(manifest.name), "timeout": .stringConvertible(limits.questionTimeout)])
                end(running, state: &state)
                throw DossierError(.timeout, "plugin '\(manifest.name)' gave no reply within \(limits.questionTimeout) s; it was stopped and will be restarted")
            case .closed:
                throw died(running, doing: "answering", state: &state)
            case .tooLong:
                disable(running, because: "it wrote a reply longer than \(limits.maximumReplyBytes) bytes", state: &state)
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
        for problem in problems {
            logger.debug("plugin bid refused: \(problem)", metadata: ["plugin": .string(manifest.name)])
        }
        if bids.isEmpty, let problem = problems.first {
            throw DossierError(.pluginFailed, "plugin '\(manifest.name)': \(problem); the bid was dropped")
        }
        return bids
    }

    /// The running process, restarting a dead one while the restart budget lasts.
    private func runningProcess(_ state: inout State) throws(DossierError) -> PluginProcess {
        if let reason = state.disabledReason { throw DossierError(.pluginFailed, "plugin '\(manifest.name)' is disabled: \(reason)") }
        if let process = state.process { return process }
        let now = ContinuousClock.now
        state.restarts.removeAll { $0.duration(to: now) > .milliseconds(Int(limits.restartWindow * 1000)) }
        guard state.restarts.count < limits.maximumRestarts else {
            disable(nil, because: "it stopped \(state.restarts.count + 1) times within \(Int(limits.restartWindow)) s", state: &state)
            throw DossierError(.pluginFailed, "plugin '\(manifest.name)' is disabled: it keeps stopping")
        }
        state.restarts.append(now)
        let started = try PluginProcess(path: path)
        do throws(DossierError) {
            let fresh = try Self.handshake(started, limits: limits)
            guard PluginProtocol.accepts(fresh.protocolVersion) else { throw Self.versionError(fresh, path: path) }
        } catch {
            started.stop()
            throw error
        }
        state.process = started
        logger.debug("plugin restarted", metadata: [
            "plugin": .string(manifest.name), "plugin.pid": .stringConvertible(started.processID),
            "restarts": .stringConvertible(state.restarts.count),
        ])
        return started
    }

    private func died(_ running: PluginProcess, doing what: String, state: inout State) -> DossierError {
        let tail = running.stderrTail
        end(running, state: &state)
        let detail = tail.isEmpty ? "" : "; its last words on standard error: \(tail.suffix(200))"
        return DossierError(.pluginFailed, "plugin '\(manifest.name)' stopped while \(what)\(detail)")
    }

    private func end(_ running: PluginProcess, state: inout State) {
        running.stop()
        if state.process === running { state.process = nil }
    }

    /// Stops the plugin for good and says so once.
    private func disable(_ running: PluginProcess?, because reason: String, state: inout State) {
        if let running { end(running, state: &state) }
        guard state.disabledReason == nil else { return }
        state.disabledReason = reason
        logger.debug("plugin disabled: \(reason)", metadata: ["plugin": .string(manifest.name)])
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
            guard !manifest.name.isEmpty, manifest.name.count <= PluginLimits.maximumNameLength,
                  manifest.name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) else {
                throw DossierError(
                    .pluginFailed,
                    "plugin \(process.path) gave the name '\(manifest.name.prefix(80))'; use 1 to \(PluginLimits.maximumNameLength) lowercase letters, digits and '-'")
            }
            guard manifest.examples.count <= PluginLimits.maximumExamples else {
                throw DossierError(
                    .pluginFailed,
                    "plugin \(process.path) lists \(manifest.examples.count) example questions; at most \(PluginLimits.maximumExamples) are allowed (dossier eval asks each one)")
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
