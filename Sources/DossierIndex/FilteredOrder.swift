import Synchronization

/// Candidates walked in an order as far as someone walks them (``LazyOrder``, or a
/// ``FilteredOrder`` of one).
protocol CandidateOrder: Sendable {
    /// The candidates at `places` in the order (fewer past the last).
    func elements(_ places: Range<Int>) -> ArraySlice<Int32>
}

extension CandidateOrder {
    /// The candidate at `place` in the order, or nil past the last.
    func element(at place: Int) -> Int32? {
        elements(place..<(place + 1)).first
    }
}

extension LazyOrder: CandidateOrder {}

/// The candidates some filter admits, in the order of a shared walk of all of them: for a
/// filter admitting most candidates, skipping the others in one shared order costs less
/// than putting its own in order (a heap of nearly all of them again).
///
/// Rules: gives exactly the admitted candidates of `all`, in its order (a subsequence of
/// an ordered sequence is ordered); `all` is walked a few places ahead at a time, and
/// only as far as this order is walked.
final class FilteredOrder: CandidateOrder {
    private struct State {
        var admitted: [Int32] = []
        /// How far `all` has been walked.
        var walked = 0
        var exhausted = false
    }

    private let all: any CandidateOrder
    private let admits: @Sendable (Int32) -> Bool
    private let state = Mutex(State())
    /// How many places of `all` are walked in one go.
    private static let step = 64

    init(_ all: any CandidateOrder, admitting admits: @escaping @Sendable (Int32) -> Bool) {
        self.all = all
        self.admits = admits
    }

    func elements(_ places: Range<Int>) -> ArraySlice<Int32> {
        state.withLock { state in
            while state.admitted.count < places.upperBound, !state.exhausted {
                let next = all.elements(state.walked..<(state.walked + Self.step))
                state.walked += next.count
                state.exhausted = next.count < Self.step
                state.admitted.append(contentsOf: next.filter(admits))
            }
            let upper = min(places.upperBound, state.admitted.count)
            return state.admitted[min(places.lowerBound, upper)..<upper]
        }
    }
}
