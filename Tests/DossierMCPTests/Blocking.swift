import Dispatch
import Synchronization

/// Runs a blocking call (a read to end of file, waiting for a process) on a thread of
/// its own and awaits its result, so it never holds one of Swift concurrency's few
/// threads: on a two-core machine two such calls on the pool would stall every task,
/// the watchdog's included.
func offThePool<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(returning: body()) }
    }
}

/// Calls `action` after `seconds` unless cancelled first; runs on a dispatch timer, so it
/// fires even when every task is stuck.
final class Watchdog: Sendable {
    private let cancelled = Mutex(false)

    init(seconds: Double, action: @escaping @Sendable () -> Void) {
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
            if !cancelled.withLock({ $0 }) { action() }
        }
    }

    func cancel() { cancelled.withLock { $0 = true } }
}
