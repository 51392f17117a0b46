/// Every term and entity id the facts of an index use, each given a small integer id
/// once, so scoring compares and looks up integers instead of hashing strings.
///
/// Rules: the same string always gets the same id; ids are dense, `0..<count`, in the order
/// strings were first interned; a string never interned has no id.
struct InternTable: Sendable {
    private var ids: [String: Int32] = [:]
    private(set) var names: [String] = []

    init() {}

    var count: Int { names.count }

    /// The id of `name`, giving it the next free id when it has none yet.
    @discardableResult
    mutating func intern(_ name: String) -> Int32 {
        if let id = ids[name] { return id }
        let id = Int32(names.count)
        ids[name] = id
        names.append(name)
        return id
    }

    /// The id of `name`; nil when it was never interned.
    func id(of name: String) -> Int32? { ids[name] }

    /// The ids of `names`, sorted ascending and without repeats, interning new ones.
    mutating func sortedIDs<S: Sequence<String>>(_ names: S) -> [Int32] {
        var found = names.map { intern($0) }
        found.sort()
        var unique: [Int32] = []
        unique.reserveCapacity(found.count)
        for id in found where unique.last != id { unique.append(id) }
        return unique
    }
}
