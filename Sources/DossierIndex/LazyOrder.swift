import Synchronization

/// Candidates put in order only as far as someone walks them: a binary heap of the rest
/// behind a sorted prefix, so a question whose walk stops after a few dozen candidates
/// does not sort the hundreds of thousands a common term or entity brings.
///
/// Rules: the order is by score descending, then rank ascending (the ranks of the
/// candidates differ, so the order is strict and total); ``element(at:)`` gives exactly
/// what sorting every candidate so would put at that place; the prefix only grows, so a
/// place once given never changes. Shared by every caller walking one question's
/// candidates. Each heap entry carries its score and rank, so ordering reads no other
/// memory.
final class LazyOrder: Sendable {
    private struct Entry {
        let score: Double
        let rank: Int32
        let candidate: Int32

        func precedes(_ other: Entry) -> Bool {
            score > other.score || (score == other.score && rank < other.rank)
        }
    }

    private struct State {
        var sorted: [Int32] = []
        /// A heap: each entry precedes its children.
        var heap: [Entry]
    }

    private let state: Mutex<State>

    /// The order of `candidates`, each with the score and rank at its index in `scores`
    /// and `ranks`.
    init(_ candidates: [Int32], scores: [Double], ranks: [Int32]) {
        var heap = candidates.map { Entry(score: scores[Int($0)], rank: ranks[Int($0)], candidate: $0) }
        if heap.count > 1 {
            for parent in stride(from: heap.count / 2 - 1, through: 0, by: -1) { Self.siftDown(&heap, from: parent) }
        }
        state = Mutex(State(heap: heap))
    }

    /// The candidates at `places` in the order (fewer past the last).
    func elements(_ places: Range<Int>) -> ArraySlice<Int32> {
        state.withLock { state in
            while state.sorted.count < places.upperBound, !state.heap.isEmpty {
                state.sorted.append(state.heap[0].candidate)
                let last = state.heap.removeLast()
                if !state.heap.isEmpty {
                    state.heap[0] = last
                    Self.siftDown(&state.heap, from: 0)
                }
            }
            return state.sorted[min(places.lowerBound, state.sorted.count)..<min(places.upperBound, state.sorted.count)]
        }
    }

    private static func siftDown(_ heap: inout [Entry], from start: Int) {
        var parent = start
        let count = heap.count
        while true {
            let left = 2 &* parent &+ 1, right = left &+ 1
            var first = parent
            if left < count, heap[left].precedes(heap[first]) { first = left }
            if right < count, heap[right].precedes(heap[first]) { first = right }
            if first == parent { return }
            heap.swapAt(parent, first)
            parent = first
        }
    }
}
