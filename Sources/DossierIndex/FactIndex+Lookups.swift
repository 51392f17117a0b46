public import DossierKit
import DossierStore
import Synchronization

/// Tables an index makes the first time one is asked for, not at start-up: a process that
/// never looks a fact up by id or lists a year's events never pays for them.
final class IndexLookups: Sendable {
    let positionByID = Mutex<[String: Int]?>(nil)
    /// Each dated fact's first year with its position, by year then position.
    let byFirstYear = Mutex<[(year: Int, position: Int)]?>(nil)
    let countsBySource = Mutex<[String: Int]?>(nil)
}

extension FactIndex {
    /// The fact with this id, if any.
    public func fact(id: String) -> Fact? {
        if let store {
            let position = (try? store.factRowID(id: id)).flatMap { $0 }.flatMap(shelf.position(ofRowID:))
            return position.flatMap(shelf.value(at:)).flatMap { $0.id == id ? $0 : nil }
        }
        let table = lookups.positionByID.withLock { table in
            if table == nil {
                table = Dictionary(facts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            }
            return table!
        }
        return table[id].flatMap(shelf.value(at:))
    }

    /// Dated facts whose time begins in one of the years, in fact order.
    public func facts(beginningIn years: ClosedRange<Int>) -> [Fact] {
        let table = lookups.byFirstYear.withLock { table in
            if table == nil {
                // An open start is widened to the edge of recorded time (``TimeValue/years``).
                table = traits.years.enumerated().compactMap { position, years in
                    years.flatMap { $0.lowerBound == Int.min / 2 ? nil : (year: $0.lowerBound, position: position) }
                }.sorted { ($0.year, $0.position) < ($1.year, $1.position) }
            }
            return table!
        }
        var low = 0, high = table.count
        while low < high {
            let middle = (low + high) / 2
            if table[middle].year < years.lowerBound { low = middle + 1 } else { high = middle }
        }
        var positions: [Int] = []
        while low < table.count, table[low].year <= years.upperBound {
            positions.append(table[low].position)
            low += 1
        }
        return shelf.values(at: positions.sorted())
    }

    /// Source id to how many facts cite it.
    public func factCountsBySource() -> [String: Int] {
        lookups.countsBySource.withLock { counts in
            if counts == nil, let stored = try? store?.factCountsBySource() { counts = stored }
            if counts == nil {
                var made: [String: Int] = [:]
                for fact in facts { for source in Set(fact.citations.map(\.source)) { made[source, default: 0] += 1 } }
                counts = made
            }
            return counts!
        }
    }
}
