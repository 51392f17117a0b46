/// A place in one list of ascending positions, read from its column's bytes without
/// copying the column, for walks that meet positions in ascending order.
///
/// Rules: `head` is the position at `index`, read only before the end; the cursor keeps
/// the list's column alive while it reads its bytes.
struct PostingsCursor {
    private let list: IDSlice
    private let bytes: UnsafeRawBufferPointer
    private let end: Int
    private(set) var index: Int
    private(set) var head: Int32 = .max

    init(_ list: IDSlice) {
        self.list = list
        bytes = list.base.bytes
        end = list.endIndex
        index = list.startIndex
        if index < end { head = id(at: index) }
    }

    var isAtEnd: Bool { index >= end }

    private func id(at index: Int) -> Int32 {
        Int32(littleEndian: bytes.loadUnaligned(fromByteOffset: index &* 4, as: Int32.self))
    }

    /// Moves to the next position.
    mutating func advance() {
        index &+= 1
        if index < end { head = id(at: index) }
    }

    /// Calls `body` with each position under `bound` from here on, and its index in the
    /// list's column, leaving the cursor at the first position not under it.
    mutating func drain(below bound: Int, _ body: (_ position: Int32, _ index: Int) -> Void) {
        while index < end, Int(head) < bound {
            body(head, index)
            advance()
        }
    }

    /// True when the list holds `position`, leaving the cursor at the first position not
    /// under it; asked with positions ascending, it gallops past the ones between, so a long
    /// list asked of a few positions is read at a few places, not end to end.
    mutating func holds(_ position: Int32) -> Bool {
        guard index < end, head < position else { return index < end && head == position }
        // Gallop: find a step past `position`, then search back within it.
        var low = index, step = 1
        var high: Int
        while true {
            let next = low &+ step
            if next >= end { high = end; break }
            if id(at: next) >= position { high = next; break }
            low = next
            step &*= 2
        }
        // Now id(low) < position and (high == end or id(high) >= position).
        var first = low &+ 1, last = high
        while first < last {
            let middle = (first &+ last) / 2
            if id(at: middle) < position { first = middle &+ 1 } else { last = middle }
        }
        index = first
        guard index < end else { return false }
        head = id(at: index)
        return head == position
    }
}
