import Dispatch
import Foundation
import Synchronization

extension Array where Element: Sendable {
    /// `transform` of every element, in order, computed in one chunk per core when there
    /// are enough elements to be worth it. For pure transforms (reading a text): the result
    /// does not depend on how the work was split.
    func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let workers = Swift.min(ProcessInfo.processInfo.activeProcessorCount, count / Self.perWorker)
        guard workers > 1 else { return map(transform) }
        let size = (count + workers - 1) / workers
        let parts = Mutex<[[T]]>(Array<[T]>(repeating: [], count: workers))
        DispatchQueue.concurrentPerform(iterations: workers) { part in
            let made = self[(part * size)..<Swift.min(count, (part + 1) * size)].map(transform)
            parts.withLock { $0[part] = made }
        }
        return parts.withLock { $0.flatMap { $0 } }
    }

    /// Fewer elements than this a core are mapped on one thread: starting threads costs more.
    private static var perWorker: Int { 256 }
}

