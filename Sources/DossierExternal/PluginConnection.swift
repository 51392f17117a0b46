import DossierKit
import Foundation
import Logging

/// The conversation with one plugin executable: the handshake, one request and reply per
/// question, and the restart rules when the plugin dies.
///
/// An actor: questions take turns (one request and its reply at a time), and the process,
/// restarts and id counter change only between them. A question whose task is cancelled
/// (the user gave it up, or the dispatch budget ran out) stops its plugin at once, so no
/// plugin goes on working for nobody; the next question starts a fresh one, which does not
/// count as a restart.
actor PluginConnection {
    let path: String
    let limits: PluginLimits
    let manifest: PluginManifest
    private let report: @Sendable (String) -> Void
    private let logger: Logger
    private var process: PluginProcess?
    private var restarts: [ContinuousClock.Instant] = []
    private var disabledReason: String?
    private var nextID = 1
    /// True after a cancelled question stopped the plugin: its next start is no restart.
    private var stoppedOnCancel = false
    private var busy = false
    private var turns: [CheckedContinuation<Void, Never>] = []

    /// Starts the plugin and reads its manifest.
    init(path: String, limits: PluginLimits, logger: Logger, report: @escaping @Sendable (String) -> Void) async throws(DossierError) {
        self.path = path
        self.limits = limits
        self.report = report
        var logger = logger
        logger[metadataKey: "plugin.path"] = .string(path)
        self.logger = logger
        let started = try await PluginProcess.start(path: path, lineLimit: limits.maximumReplyBytes)
        do throws(DossierError) {
            manifest = try await Self.handshake(started, limits: limits)
        } catch {
            await started.stopAndWait()
            throw error
        }
        process = started
        self.logger.debug("plugin started", metadata: ["plugin": .string(manifest.name), "plugin.pid": .stringConvertible(started.processID)])
    }

    /// Asks the plugin about one question and returns its bids; throws `CancellationError`
    /// when the calling task is cancelled.
    func ask(_ question: Question, in store: any FactQuery) async throws -> [Bid] {
        await takeTurn()
        defer { endTurn() }
        try Task.checkCancellation()
        let running = try await runningProcess()
        let id = nextID
        nextID += 1
        let request = WireRequest(id: id, question: question, in: store, factLimit: limits.factsPerQuestion)
        let deadline = ContinuousClock.now + .milliseconds(Int(limits.questionTimeout * 1000))
        guard let bytes = try? JSONEncoder().encode(request), await running.write(line: Array(bytes), deadline: deadline) else {
            if Task.isCancelled { try cancelled(running) }
            // A plugin killed for flooding can no longer read: say why it stopped.
            if await running.overflowed { throw oversized(running) }
            throw await died(running, doing: "reading its question")
        }
        while true {
            switch await running.readLine(deadline: deadline) {
            case .timeout:
                logger.debug("plugin gave no reply in time; stopped", metadata: ["plugin": .string(manifest.name), "timeout": .stringConvertible(limits.questionTimeout)])
                end(running)
                throw DossierError(.timeout, "plugin '\(manifest.name)' gave no reply within \(limits.questionTimeout) s; it was stopped and will be restarted")
            case .cancelled:
                try cancelled(running)
            case .closed:
                throw await died(running, doing: "answering")
            case .tooLong:
                throw oversized(running)
            case .line(let line):
                guard let reply = try? JSONDecoder().decode(WireReply.self, from: Data(line)) else {
                    // Junk queued before a flood was cut off is the flood, not a bad reply.
                    if await running.overflowed { throw oversized(running) }
                    throw DossierError(.pluginFailed, "plugin '\(manifest.name)' wrote a reply that is not a valid message of protocol \(PluginProtocol.version); its bids were dropped")
                }
                // A reply to an earlier question belongs to nobody: skip it.
                guard reply.id == id else { continue }
                return try bids(from: reply, facts: request.facts.map(\.id), store: store)
            }
        }
    }

    /// Waits until no other question is being asked of this plugin.
    private func takeTurn() async {
        guard busy else {
            busy = true
            return
        }
        await withCheckedContinuation { turns.append($0) }  // the turn is handed over by endTurn
    }

    private func endTurn() {
        if turns.isEmpty { busy = false } else { turns.removeFirst().resume() }
    }

    /// The plugin wrote more than the limits allow: it is disabled.
    private func oversized(_ running: PluginProcess) -> DossierError {
        disable(running, because: "it wrote a line longer than \(limits.maximumReplyBytes) bytes, or more lines than were asked for")
        return DossierError(.pluginFailed, "plugin '\(manifest.name)' wrote an oversized reply and was disabled")
    }

    /// The question was given up: stop the plugin's work on it and say so.
    private func cancelled(_ running: PluginProcess) throws -> Never {
        logger.debug("question cancelled; plugin stopped", metadata: ["plugin": .string(manifest.name)])
        end(running)
        stoppedOnCancel = true
        throw CancellationError()
    }

    private func bids(from reply: WireReply, facts sentIDs: [String], store: any FactQuery) throws(DossierError) -> [Bid] {
        if reply.type == "error" {
            throw DossierError(.pluginFailed, "plugin '\(manifest.name)' could not answer: \(reply.message ?? "no message")")
        }
        guard reply.type == "bids", let wire = reply.bids else {
            throw DossierError(.pluginFailed, "plugin '\(manifest.name)' replied with a '\(reply.type)' message instead of 'bids'; its reply was dropped")
        }
        let sent = sentIDs.compactMap(store.fact(id:))
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
    private func runningProcess() async throws(DossierError) -> PluginProcess {
        if let disabledReason { throw DossierError(.pluginFailed, "plugin '\(manifest.name)' is disabled: \(disabledReason)") }
        if let process { return process }
        if stoppedOnCancel {
            stoppedOnCancel = false
        } else {
            let now = ContinuousClock.now
            restarts.removeAll { $0.duration(to: now) > .milliseconds(Int(limits.restartWindow * 1000)) }
            guard restarts.count < limits.maximumRestarts else {
                disable(nil, because: "it stopped \(restarts.count + 1) times within \(Int(limits.restartWindow)) s")
                throw DossierError(.pluginFailed, "plugin '\(manifest.name)' is disabled: it keeps stopping")
            }
            restarts.append(now)
        }
        let started = try await PluginProcess.start(path: path, lineLimit: limits.maximumReplyBytes)
        do throws(DossierError) {
            let fresh = try await Self.handshake(started, limits: limits)
            guard PluginProtocol.accepts(fresh.protocolVersion) else { throw Self.versionError(fresh, path: path) }
        } catch {
            await started.stopAndWait()
            throw error
        }
        process = started
        logger.debug("plugin restarted", metadata: [
            "plugin": .string(manifest.name), "plugin.pid": .stringConvertible(started.processID),
            "restarts": .stringConvertible(restarts.count),
        ])
        return started
    }

    /// The plugin stopped by itself: its last words on standard error, read once it is reaped.
    private func died(_ running: PluginProcess, doing what: String) async -> DossierError {
        end(running)
        await running.stopAndWait()
        let tail = running.stderrTail
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
        logger.debug("plugin disabled: \(reason)", metadata: ["plugin": .string(manifest.name)])
        report("plugin '\(manifest.name)' (\(path)) was disabled: \(reason)")
    }

    /// Says hello and reads the manifest, checking the protocol version and the name.
    static func handshake(_ process: PluginProcess, limits: PluginLimits) async throws(DossierError) -> PluginManifest {
        let deadline = ContinuousClock.now + .milliseconds(Int(limits.handshakeTimeout * 1000))
        let hello = Array(#"{"type":"hello","protocol":"\#(PluginProtocol.version)"}"#.utf8)
        guard await process.write(line: hello, deadline: deadline) else {
            throw DossierError(.pluginFailed, "plugin \(process.path) stopped before the handshake")
        }
        switch await process.readLine(deadline: deadline) {
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
        case .cancelled:
            throw DossierError(.pluginFailed, "plugin \(process.path) was not started: its start was cancelled")
        case .closed:
            await process.stopAndWait()
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
