/// Lists of interned ids, one per fact or sentence by position, end to end in one column:
/// how an index keeps its readings' id lists, so it holds a few columns instead of one
/// array per list, read in place from a reading image.
///
/// Rules: the list at a position is the slice of `ids` between its start and the next
/// one's; `starts` holds one more than there are lists, the first 0 and the last the
/// total; each list is ascending without repeats.
struct IDLists: Sendable {
    let starts: Column<UInt32>
    let ids: Column<Int32>
    /// How lists read from an image are checked where read; nil for lists made here.
    let check: ListCheck?

    init(starts: Column<UInt32>, ids: Column<Int32>, check: ListCheck? = nil) {
        self.starts = starts
        self.ids = ids
        self.check = check
    }

    /// No lists.
    init() { self.init(starts: Column([0]), ids: Column()) }

    /// `lists`, in their order.
    init(_ lists: some Sequence<some Sequence<Int32>>) {
        var builder = Builder()
        for list in lists { builder.append(list) }
        self = builder.lists
    }

    var count: Int { starts.count - 1 }

    /// The range of `ids` holding the list at `position`. A list of an image that does not
    /// check (its bounds out of order or past the ids, an id out of order or range) is
    /// recorded as damage and reads as empty.
    func range(at position: Int) -> Range<Int> {
        let start = Int(starts[position]), end = Int(starts[position + 1])
        guard let check else { return start..<end }
        guard start <= end, end <= ids.count, Self.holds(ids.bytes, start..<end, below: check.bound) else {
            check.damage.record()
            return 0..<0
        }
        return start..<end
    }

    /// How many ids the list at `position` holds, without reading them (its bounds checked:
    /// a list whose bounds do not check is recorded as damage and holds none).
    func length(at position: Int) -> Int {
        let start = Int(starts[position]), end = Int(starts[position + 1])
        if let check, start > end || end > ids.count {
            check.damage.record()
            return 0
        }
        return end - start
    }

    /// True when the ids in `range` of `bytes` ascend without repeats from 0 or more to
    /// under `bound`.
    private static func holds(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>, below bound: Int) -> Bool {
        guard !range.isEmpty else { return true }
        func id(_ position: Int) -> Int32 {
            Int32(littleEndian: bytes.loadUnaligned(fromByteOffset: position &* 4, as: Int32.self))
        }
        var previous = id(range.lowerBound)
        guard previous >= 0, Int(id(range.upperBound - 1)) < bound else { return false }
        for position in (range.lowerBound + 1)..<range.upperBound {
            let value = id(position)
            guard value > previous else { return false }
            previous = value
        }
        return true
    }

    subscript(position: Int) -> IDSlice { ids[range(at: position)] }

    /// Lists made one after another.
    struct Builder {
        private var starts: [UInt32] = [0]
        private var ids: [Int32] = []

        init() {}

        /// Adds `list` (ascending without repeats) after the others.
        mutating func append(_ list: some Sequence<Int32>) {
            ids.append(contentsOf: list)
            precondition(ids.count <= Int(UInt32.max), "more ids than a list column holds")
            starts.append(UInt32(ids.count))
        }

        var lists: IDLists { IDLists(starts: Column(starts), ids: Column(ids)) }
    }
}
