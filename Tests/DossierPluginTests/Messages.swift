import Foundation

/// Collects the messages a plugin reports, from whatever thread reports them.
///
/// `@unchecked Sendable` is safe: `lines` is only read or written while `lock` is held.
final class Messages: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    /// Records a message; pass as the `report` closure.
    func record(_ message: String) {
        lock.withLock { lines.append(message) }
    }

    /// Every message so far.
    var all: [String] { lock.withLock { lines } }
}
