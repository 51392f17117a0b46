import Synchronization

/// Candidates put in order only as far as someone walks them: a binary heap of the rest
/// behind a sorted prefix, so a question whose walk stops after a few dozen candidates
/// does not sort the hundreds of thousands a common term or entity brings.
///
/// Rules: ``element(at:)`` gives exactly what sorting every candidate by `precedes` (a
/// strict total order) would put at that place; the prefix only grows, so a place once
/// given never changes. Shared by every caller walking one question's candidates.
final class LazyOrder: Sendable {
    private struct State {
        var sorted: [Int32] = []
        /// A heap by `precedes`: each entry precedes its children.
        var heap: [Int32]
    }

    private let state: Mutex<State>
    private let precedes: @Sendable (Int32, Int32) -> Bool

    /// The order of `candidates` under `precedes`.
    init(_ candidates: [Int32], by precedes: @escaping @Sendable (Int32, Int32) -> Bool) {
        self.precedes = precedes
        var heap = candidates
        if heap.count > 1 {
            for parent in stride(from: heap.count / 2 - 1, through: 0, by: -1) { Self.siftDown(&heap, from: parent, by: precedes) }
        }
        state = Mutex(State(heap: heap))
    }

    /// The candidate at `place` in the order, or nil past the last.
    func element(at place: Int) -> Int32? {
        elements(place..<(place + 1)).first
    }

    /// The candidates at `places` in the order (fewer past the last).
    func elements(_ places: Range<Int>) -> ArraySlice<Int32> {
        state.withLock { state in
            while state.sorted.count < places.upperBound, !state.heap.isEmpty {
                state.sorted.append(state.heap[0])
                let last = state.heap.removeLast()
                if !state.heap.isEmpty {
                    state.heap[0] = last
                    Self.siftDown(&state.heap, from: 0, by: precedes)
                }
            }
            return state.sorted[min(places.lowerBound, state.sorted.count)..<min(places.upperBound, state.sorted.count)]
        }
    }

    private static func siftDown(_ heap: inout [Int32], from start: Int, by precedes: (Int32, Int32) -> Bool) {
        var parent = start
        while true {
            let left = 2 * parent + 1, right = left + 1
            var first = parent
            if left < heap.count, precedes(heap[left], heap[first]) { first = left }
            if right < heap.count, precedes(heap[right], heap[first]) { first = right }
            if first == parent { return }
            heap.swapAt(parent, first)
            parent = first
        }
    }
}
