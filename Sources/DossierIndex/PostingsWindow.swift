/// Postings (ascending lists of positions) summed a window of positions at a time: a
/// question adds what its terms and entities say of each candidate into arrays the size of
/// one window, reused from window to window, so its memory follows the window and its
/// candidates, not the number of facts or sentences, while each posting still costs one
/// step.
///
/// Rules: windows start at multiples of ``size`` and come in ascending order, each the
/// first from its start holding a position of the postings walked; a window's positions
/// are given ascending. A window covers at most ``largest`` positions, fewer over a
/// smaller store (a multiple of 64), so a question of a small store sets up no more than
/// it holds.
struct PostingsWindow {
    /// How many positions a window covers at most.
    static let largest = 1 << 14

    /// How many positions one window covers.
    let size: Int

    /// Windows over positions below `count`.
    init(covering count: Int) {
        size = max(64, min(Self.largest, (count + 63) / 64 * 64))
    }

    /// The start of the next window holding a position of `cursors`, nil when all are at
    /// their end.
    func next(after cursors: [PostingsCursor]) -> Int? {
        var least = Int32.max
        var any = false
        for cursor in cursors where !cursor.isAtEnd {
            any = true
            least = min(least, cursor.head)
        }
        return any ? Int(least) / size * size : nil
    }

    /// A set of the slots of one of these windows.
    func slots() -> Reached { Reached(size: size) }
}

extension PostingsWindow {
    /// The slots of one window that postings have reached: one bit a slot, so the window's
    /// candidates are taken in ascending order without sorting, and clearing them costs a
    /// word for 64 slots.
    struct Reached {
        private var words: [UInt64]

        /// No slot of a window of `size` positions (a multiple of 64).
        init(size: Int) { words = [UInt64](repeating: 0, count: size / 64) }

        /// Marks `slot`; true when it was not marked before.
        @discardableResult
        mutating func insert(_ slot: Int) -> Bool {
            let word = slot &>> 6, bit = UInt64(1) &<< UInt64(slot & 63)
            guard words[word] & bit == 0 else { return false }
            words[word] |= bit
            return true
        }

        /// Calls `body` with each marked slot, ascending, and unmarks them all.
        mutating func removeAll(_ body: (_ slot: Int) -> Void) {
            for word in words.indices where words[word] != 0 {
                var bits = words[word]
                words[word] = 0
                while bits != 0 {
                    body(word &<< 6 | bits.trailingZeroBitCount)
                    bits &= bits &- 1
                }
            }
        }
    }
}
