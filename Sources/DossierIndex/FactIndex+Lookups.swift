public import DossierKit
import Synchronization

/// Tables an index makes the first time one is asked for, not at start-up: a process that
/// never looks a fact up by id or lists a year's events never pays for them.
final class IndexLookups: Sendable {
    let positionByID = Mutex<[String: Int]?>(nil)
    /// Each dated fact's first year with its position, by year then position.
    let byFirstYear = Mutex<[(year: Int, position: Int)]?>(nil)
    let countsBySource = Mutex<[String: Int]?>(nil)
    let idRanks = Mutex<[Int32]?>(nil)
}

extension FactIndex {
    /// The fact with this id, if any.
    public func fact(id: String) -> Fact? {
        let table = lookups.positionByID.withLock { table in
            if table == nil {
                table = Dictionary(facts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            }
            return table!
        }
        return table[id].map { facts[$0] }
    }

    /// Dated facts whose time begins in one of the years, in fact order.
    public func facts(beginningIn years: ClosedRange<Int>) -> [Fact] {
        let table = lookups.byFirstYear.withLock { table in
            if table == nil {
                table = facts.enumerated().compactMap { position, fact in fact.time?.from.map { (year: $0, position: position) } }
                    .sorted { ($0.year, $0.position) < ($1.year, $1.position) }
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
        return positions.sorted().map { facts[$0] }
    }

    /// Source id to how many facts cite it.
    public func factCountsBySource() -> [String: Int] {
        lookups.countsBySource.withLock { counts in
            if counts == nil {
                var made: [String: Int] = [:]
                for fact in facts { for source in Set(fact.citations.map(\.source)) { made[source, default: 0] += 1 } }
                counts = made
            }
            return counts!
        }
    }
}

extension FactIndex {
    /// Each fact's place among all facts sorted by id (as matches of equal score are
    /// ordered), by fact position: made the first time a question is ranked.
    var idRanks: [Int32] {
        lookups.idRanks.withLock { ranks in
            if ranks == nil {
                let ids = facts.map(\.id)
                var made = [Int32](repeating: 0, count: ids.count)
                for (rank, position) in ids.indices.sorted(by: { ids[$0] < ids[$1] }).enumerated() { made[position] = Int32(rank) }
                ranks = made
            }
            return ranks!
        }
    }
}
