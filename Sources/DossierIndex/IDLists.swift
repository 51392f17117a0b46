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

    init(starts: Column<UInt32>, ids: Column<Int32>) {
        self.starts = starts
        self.ids = ids
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

    /// The range of `ids` holding the list at `position`.
    func range(at position: Int) -> Range<Int> { Int(starts[position])..<Int(starts[position + 1]) }

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
