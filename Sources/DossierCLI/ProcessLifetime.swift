/// Values kept until the process exits, never freed: the system takes back a large index
/// at exit at once, where freeing it value by value was a tenth of a short run.
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
