/// Values kept until the process exits, never freed: the system takes back a large index
/// at exit at once, where freeing it value by value was a tenth of a short run. Only for
/// runs that end when their work does (a batch of questions, `ask`): a store kept open is
/// closed by the system, not by SQLite, so its write-ahead log is left for the next
/// process to apply (every write that leaves a large one checkpoints it itself).
enum ProcessLifetime {
    /// Keeps `value` until the process exits (one retain that is never released).
    static func keep<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Kept(value))
    }

    private final class Kept<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
