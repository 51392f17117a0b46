import Synchronization

/// Collects the messages a plugin reports, from whatever thread reports them.
final class Messages: Sendable {
    private let lines = Mutex<[String]>([])

    /// Records a message; pass as the `report` closure.
    func record(_ message: String) {
        lines.withLock { $0.append(message) }
    }

    /// Every message so far.
    var all: [String] { lines.withLock { $0 } }
}
