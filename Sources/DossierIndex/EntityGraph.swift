/// How the entities of an index relate, by interned id: the places each place lies in,
/// the places inside it, each person's country, and who is a person.
///
/// Rules: `parents(of:)` is nearest first, as ``FactIndex`` chains them (palace -> city ->
/// country); `children(of:)` holds every place whose chain names the id, in no set order;
/// an id the graph was not built with has no parents, children or country and is no person.
struct EntityGraph: Sendable {
    private let parentChains: [[Int32]]
    private let childLists: [[Int32]]
    /// A person's country id, or -1.
    private let personParents: [Int32]
    private let persons: [Bool]

    init(parents: [String: [String]], personParents: [String: String], people: Set<String>, table: inout InternTable) {
        var chains: [(Int32, [Int32])] = []
        for (child, chain) in parents { chains.append((table.intern(child), chain.map { table.intern($0) })) }
        let countries = personParents.map { (table.intern($0.key), table.intern($0.value)) }
        let personIDs = people.map { table.intern($0) }
        let count = table.count
        var parentChains = [[Int32]](repeating: [], count: count)
        var childLists = [[Int32]](repeating: [], count: count)
        for (child, chain) in chains {
            parentChains[Int(child)] = chain
            for parent in Set(chain) { childLists[Int(parent)].append(child) }
        }
        var personParentIDs = [Int32](repeating: -1, count: count)
        for (person, country) in countries { personParentIDs[Int(person)] = country }
        var persons = [Bool](repeating: false, count: count)
        for person in personIDs { persons[Int(person)] = true }
        self.parentChains = parentChains
        self.childLists = childLists
        self.personParents = personParentIDs
        self.persons = persons
    }

    /// Every place `id` lies in, nearest first.
    func parents(of id: Int32) -> [Int32] { Int(id) < parentChains.count ? parentChains[Int(id)] : [] }

    /// Every place lying in `id`.
    func children(of id: Int32) -> [Int32] { Int(id) < childLists.count ? childLists[Int(id)] : [] }

    /// The country of the person `id`, if it is a person with one.
    func personParent(of id: Int32) -> Int32? {
        guard Int(id) < personParents.count else { return nil }
        let parent = personParents[Int(id)]
        return parent >= 0 ? parent : nil
    }

    func isPerson(_ id: Int32) -> Bool { Int(id) < persons.count && persons[Int(id)] }
}
