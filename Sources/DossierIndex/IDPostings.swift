/// Id to the positions of the lists holding it (facts' or sentences'), ascending, every
/// id's positions end to end in one column (made by counting, so nothing is grown piece by
/// piece, or read in place from a reading image).
///
/// Rules: as ``IDLists`` with ids and positions swapped: the positions of id `i` are
/// `facts[starts[i]..<starts[i + 1]]`; `carried`, when not empty, runs beside `facts`.
struct IDPostings: Sendable {
    let lists: IDLists
    /// Beside each position, the strength its list carried beside the id (empty when none
    /// was given).
    let carried: StrengthColumn

    var facts: Column<Int32> { lists.ids }

    init(lists: IDLists, carried: StrengthColumn) {
        self.lists = lists
        self.carried = carried
    }

    /// The postings of `lists` (position to the ids it holds, each below `idCount`),
    /// with `values` (one beside each of the lists' ids, or none) carried along.
    init(_ lists: IDLists, idCount: Int, carrying values: StrengthColumn? = nil) {
        var starts = [UInt32](repeating: 0, count: idCount + 1)
        let ids = lists.ids, listStarts = lists.starts
        for id in ids { starts[Int(id) + 1] += 1 }
        for id in 0..<idCount { starts[id + 1] += starts[id] }
        var facts = [Int32](repeating: 0, count: ids.count)
        var codes = [UInt8](repeating: 0, count: values == nil ? 0 : ids.count)
        var next = Array(starts.dropLast())
        for position in 0..<lists.count {
            for entry in Int(listStarts[position])..<Int(listStarts[position + 1]) {
                let id = Int(ids[entry]), slot = Int(next[id])
                next[id] += 1
                facts[slot] = Int32(position)
                if let values { codes[slot] = values.codes[entry] }
            }
        }
        self.lists = IDLists(starts: Column(starts), ids: Column(facts))
        carried = StrengthColumn(codes: Column(codes), palette: values?.palette ?? [])
    }

    /// The range of `facts` holding the positions of `id`; empty for an id past the lists.
    func range(of id: Int32) -> Range<Int> {
        id >= 0 && Int(id) < lists.count ? lists.range(at: Int(id)) : 0..<0
    }

    subscript(id: Int32) -> IDSlice { facts[range(of: id)] }

    /// How many positions `id` has, without reading them; none for an id past the lists.
    func count(of id: Int32) -> Int {
        id >= 0 && Int(id) < lists.count ? lists.length(at: Int(id)) : 0
    }
}
