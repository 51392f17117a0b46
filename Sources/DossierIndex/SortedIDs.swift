/// Membership in an ascending list of interned ids by binary search: the id sets of an
/// ``InternedProfile`` are kept this way because they are small and read far more often
/// than built.
extension RandomAccessCollection where Element == Int32, Index == Int {
    /// How far from the start `id` lies in this ascending list, or nil when absent.
    func sortedOffset(of id: Int32) -> Int? {
        var low = startIndex, high = endIndex
        while low < high {
            let middle = (low &+ high) >> 1
            let value = self[middle]
            if value == id { return middle &- startIndex }
            if value < id { low = middle &+ 1 } else { high = middle }
        }
        return nil
    }

    /// True when this ascending list holds `id`.
    func sortedContains(_ id: Int32) -> Bool { sortedOffset(of: id) != nil }
}
