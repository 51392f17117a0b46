/// The lines one plugin process wrote on standard output, waiting to be read.
///
/// A task reads the process's output as it comes and hands each complete line here; a
/// read takes the oldest, waiting at most until its deadline, and returns at once when the
/// reading task is cancelled (a question the user gave up). Nothing unbounded is held: a
/// line longer than the limit, or more unread bytes than ``backlogLines`` lines of that
/// limit, ends the lines with ``LineResult/tooLong``: no line is taken after it, and a read
/// gets it once the lines queued before it are read (a reply that came before a flood is
/// still the reply), so what a plugin wrote in order is read in order on any machine load.
actor ReplyLines {
    /// How a read ended.
    enum LineResult: Equatable, Sendable {
        case line([UInt8])
        case timeout
        case cancelled
        case closed
        case tooLong
    }

    /// Unread lines allowed, counted in maximal lines, before the plugin counts as flooding.
    static let backlogLines = 4

    /// The longest line taken, in bytes.
    let limit: Int
    private var queued: [[UInt8]] = []
    private var queuedBytes = 0
    /// `.closed` (given after the queued lines) or `.tooLong` (at once) when no more will come.
    private var ending: LineResult?
    private var waiter: (id: Int, continuation: CheckedContinuation<LineResult, Never>)?
    private var nextWaiter = 0

    init(limit: Int) {
        self.limit = limit
    }

    /// Takes one line the plugin wrote (without its newline); false once no more are taken.
    @discardableResult
    func deliver(_ line: [UInt8]) -> Bool {
        guard ending == nil else { return false }
        guard line.count <= limit, queuedBytes + line.count <= limit * Self.backlogLines else {
            end(.tooLong)
            return false
        }
        if let waiter {
            self.waiter = nil
            waiter.continuation.resume(returning: .line(line))
        } else {
            queued.append(line)
            queuedBytes += line.count
        }
        return true
    }

    /// No more lines will come: the output ended (`.closed`) or overflowed (`.tooLong`).
    func end(_ result: LineResult) {
        guard ending == nil else { return }
        ending = result
        if let waiter {
            self.waiter = nil
            waiter.continuation.resume(returning: result)
        }
    }

    /// The oldest unread line; `.timeout` at the deadline, `.cancelled` when the calling
    /// task is cancelled, or how the output ended.
    func next(until deadline: ContinuousClock.Instant) async -> LineResult {
        if !queued.isEmpty {
            let line = queued.removeFirst()
            queuedBytes -= line.count
            return .line(line)
        }
        if let ending { return ending }
        if Task.isCancelled { return .cancelled }
        precondition(waiter == nil, "one reader at a time")
        nextWaiter += 1
        let id = nextWaiter
        let timer = Task { [weak self] in
            guard (try? await Task.sleep(until: deadline)) != nil else { return }
            await self?.expire(id, with: .timeout)
        }
        defer { timer.cancel() }
        // The continuation is stored before this actor runs anything else, so an expiry
        // (the timer, or the cancellation handler's task) always finds it.
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in waiter = (id, continuation) }
        } onCancel: {
            Task { await self.expire(id, with: .cancelled) }
        }
    }

    /// True once the plugin wrote more than the limits allow.
    var overflowed: Bool { ending == .tooLong }

    private func expire(_ id: Int, with result: LineResult) {
        guard let waiter, waiter.id == id else { return }
        self.waiter = nil
        waiter.continuation.resume(returning: result)
    }
}
