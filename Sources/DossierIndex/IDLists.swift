/// Lists of interned ids, one per fact or sentence by position, end to end in one array:
/// how an index keeps its readings' id lists, so it holds a few arrays instead of one per
/// list, and a reading image copies each kind at once.
///
/// Rules: the list at a position is the slice of `ids` between its start and the next
/// one's; each list is ascending without repeats.
struct IDLists: Sendable {
    /// Where each list starts in `ids`; one more than there are lists, the last the total.
    private(set) var starts: [Int]
    private(set) var ids: [Int32]

    init(starts: [Int], ids: [Int32]) {
        self.starts = starts
        self.ids = ids
    }

    /// No lists.
    init() { self.init(starts: [0], ids: []) }

    init(_ lists: some Collection<ArraySlice<Int32>>) {
        self.init()
        starts.reserveCapacity(lists.count + 1)
        for list in lists { append(list) }
    }

    /// Adds `list` (ascending without repeats) after the others.
    mutating func append(_ list: some Sequence<Int32>) {
        ids.append(contentsOf: list)
        starts.append(ids.count)
    }

    var count: Int { starts.count - 1 }

    /// The range of `ids` holding the list at `position`.
    func range(at position: Int) -> Range<Int> { starts[position]..<starts[position + 1] }

    subscript(position: Int) -> ArraySlice<Int32> { ids[range(at: position)] }
}
