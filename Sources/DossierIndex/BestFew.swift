/// The best `limit` of the values offered to it, best first, under an order that says
/// which of two comes first; a value that would fall past the limit is not kept.
struct BestFew<Element> {
    let limit: Int
    let precedes: (Element, Element) -> Bool
    private(set) var values: [Element] = []

    init(limit: Int, by precedes: @escaping (Element, Element) -> Bool) {
        self.limit = limit
        self.precedes = precedes
    }

    /// True when `limit` values are kept: a new one enters only by beating the last.
    var isFull: Bool { values.count >= limit }

    /// Keeps `value` in its place if it is among the best so far (after every kept value
    /// it does not precede).
    mutating func offer(_ value: Element) {
        // Past a full list's last, it is past every kept value.
        if isFull, let last = values.last, precedes(last, value) { return }
        var low = 0, high = values.count
        while low < high {
            let middle = (low + high) / 2
            if precedes(values[middle], value) { low = middle + 1 } else { high = middle }
        }
        guard low < limit else { return }
        values.insert(value, at: low)
        if values.count > limit { values.removeLast() }
    }
}
