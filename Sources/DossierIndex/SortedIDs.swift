/// Membership in an ascending array of interned ids by binary search: the id sets of an
/// ``InternedProfile`` are kept this way because they are small and read far more often
/// than built.
extension Array where Element == Int32 {
    /// The position of `id` in this ascending array, or nil when absent.
    func sortedIndex(of id: Int32) -> Int? {
        var low = 0, high = count
        while low < high {
            let middle = (low &+ high) >> 1
            let value = self[middle]
            if value == id { return middle }
            if value < id { low = middle &+ 1 } else { high = middle }
        }
        return nil
    }

    /// True when this ascending array holds `id`.
    func sortedContains(_ id: Int32) -> Bool { sortedIndex(of: id) != nil }
}
