/// Id to the positions of the lists holding it (facts' or sentences'), ascending, every
/// id's positions end to end in one array (made by counting, so nothing is grown piece by
/// piece).
struct IDPostings: Sendable {
    /// Where each id's facts start in `facts`; the last is the total.
    let starts: [Int]
    let facts: [Int32]
    /// Beside each of `facts`, the value its list carried beside the id (empty when none
    /// was given).
    let carried: [Double]

    /// The postings of `lists` (position to the ids it holds, each below `idCount`),
    /// with `values` (one beside each of the lists' ids, or none) carried along.
    init(_ lists: IDLists, idCount: Int, carrying values: [Double] = []) {
        var starts = [Int](repeating: 0, count: idCount + 1)
        for id in lists.ids { starts[Int(id) + 1] += 1 }
        for id in 0..<idCount { starts[id + 1] += starts[id] }
        var facts = [Int32](repeating: 0, count: lists.ids.count)
        var carried = [Double](repeating: 0, count: values.isEmpty ? 0 : lists.ids.count)
        var next = Array(starts.dropLast())
        let ids = lists.ids, listStarts = lists.starts
        for position in 0..<lists.count {
            for entry in listStarts[position]..<listStarts[position + 1] {
                let id = Int(ids[entry]), slot = next[id]
                next[id] = slot + 1
                facts[slot] = Int32(position)
                if !values.isEmpty { carried[slot] = values[entry] }
            }
        }
        self.starts = starts
        self.facts = facts
        self.carried = carried
    }

    /// The range of `facts` holding the facts of `id`; empty for an id past the lists.
    func range(of id: Int32) -> Range<Int> {
        id >= 0 && Int(id) < starts.count - 1 ? starts[Int(id)]..<starts[Int(id) + 1] : 0..<0
    }

    subscript(id: Int32) -> ArraySlice<Int32> { facts[range(of: id)] }
}
