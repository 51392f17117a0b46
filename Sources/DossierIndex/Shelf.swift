import DossierKit
import Synchronization

/// The facts (or sentences) of an index by position: held whole (an index built from
/// them), or read from the store when a question reaches each and kept for the next (an
/// index opened from the stored image of its readings), so a process reads only what it
/// answers from.
///
/// Rules: a value read from the store is kept only when it is still the one the index
/// read (`holds`); one since deleted or replaced (another process wrote) is missing, as
/// is one the store cannot read, and no answer is made from it. At most ``keptLimit``
/// values read are kept: past it the kept ones are let go and read again when asked for,
/// so a long session's memory does not grow with what it has read.
final class Shelf<Value: Sendable>: Sendable {
    /// Reads the values stored under some row ids, by row id (a row no longer stored is
    /// missing).
    typealias Read = @Sendable ([Int64]) throws(DossierError) -> [Int64: Value]

    private enum Origin: Sendable {
        case held([Value])
        case stored(read: Read, rowIDs: Column<Int64>, holds: @Sendable (Int, Value) -> Bool)
    }

    let count: Int
    private let origin: Origin
    private let kept = Mutex<[Int32: Value]>([:])
    private let whole = Mutex<[Value?]?>(nil)
    private let positionByRowID = Mutex<[Int64: Int]?>(nil)

    /// Values held in memory.
    init(holding values: [Value]) {
        count = values.count
        origin = .held(values)
    }

    /// The values `read` gives for `rowIDs`, by position; `holds` tells whether a value
    /// read is the one the index has at a position.
    init(rowIDs: Column<Int64>, read: @escaping Read, holds: @escaping @Sendable (Int, Value) -> Bool = { _, _ in true }) {
        count = rowIDs.count
        origin = .stored(read: read, rowIDs: rowIDs, holds: holds)
    }

    /// True when every value is in memory.
    var isHeld: Bool { if case .held = origin { true } else { false } }

    /// The position of the value stored under `rowID`, nil when it is none of the shelf's
    /// (or the values are held).
    func position(ofRowID rowID: Int64) -> Int? {
        guard case .stored(_, let rowIDs, _) = origin else { return nil }
        return positionByRowID.withLock { table in
            if table == nil {
                table = Dictionary(rowIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            }
            return table![rowID]
        }
    }

    /// The value at `position`, nil when the store no longer holds it.
    func value(at position: Int) -> Value? {
        switch origin {
        case .held(let values):
            return values[position]
        case .stored:
            // A value already read is looked up alone: no table is made for one position.
            if let every = whole.withLock({ $0 }) { return every[position] }
            if let found = kept.withLock({ $0[Int32(position)] }) { return found }
            return values(byPosition: [position])[position]
        }
    }

    /// Those of `positions` whose values have not been read yet, in order (none for held values).
    func unread(_ positions: [Int]) -> [Int] {
        guard case .stored = origin, whole.withLock({ $0 == nil }) else { return [] }
        return kept.withLock { kept in positions.filter { kept[Int32($0)] == nil } }
    }

    /// The values at `positions`, in their order, without those the store no longer
    /// holds; the ones not read yet are read in one go.
    func values(at positions: [Int]) -> [Value] {
        if case .held(let values) = origin { return positions.map { values[$0] } }
        let found = values(byPosition: positions)
        return positions.compactMap { found[$0] }
    }

    /// The values at `positions` by position, without those the store no longer holds;
    /// the ones not read yet are read in one go.
    func values(byPosition positions: [Int]) -> [Int: Value] {
        switch origin {
        case .held(let values):
            return Self.table(positions) { values[$0] }
        case .stored(let read, let rowIDs, let holds):
            if let every = whole.withLock({ $0 }) { return Self.table(positions) { every[$0] } }
            var found = kept.withLock { kept in Self.table(positions) { kept[Int32($0)] } }
            let missing = positions.filter { found[$0] == nil }
            guard !missing.isEmpty else { return found }
            let read = Self.read(missing, with: read, rowIDs: rowIDs, holds: holds)
            kept.withLock { kept in
                if kept.count + missing.count > Self.keptLimit { kept.removeAll(keepingCapacity: true) }
                for (position, value) in zip(missing, read) {
                    kept[Int32(position)] = value
                    found[position] = value
                }
            }
            return found
        }
    }

    /// Reads the values at `positions` not read yet, in one go, so asking for them one by
    /// one next reads nothing (``FactRanking`` reads its next candidates so); nothing when
    /// the values are held.
    func readAhead(_ positions: [Int]) {
        guard !isHeld else { return }
        _ = values(byPosition: positions)
    }

    /// How many values read from the store are kept at most.
    static var keptLimit: Int { 8_192 }

    /// Every value in position order, read the first time it is asked for (`:facts`, a
    /// timeline of everything), without those the store no longer holds.
    var all: [Value] {
        switch origin {
        case .held(let values):
            return values
        case .stored(let read, let rowIDs, let holds):
            let every = whole.withLock { whole in
                if whole == nil { whole = Self.read(Array(0..<count), with: read, rowIDs: rowIDs, holds: holds) }
                return whole!
            }
            kept.withLock { $0 = [:] }
            return every.compactMap(\.self)
        }
    }

    private static func table(_ positions: [Int], _ value: (Int) -> Value?) -> [Int: Value] {
        var table: [Int: Value] = [:]
        for position in positions { if let found = value(position) { table[position] = found } }
        return table
    }

    /// The values at `positions` as the store holds them, nil for one it no longer does.
    private static func read(_ positions: [Int], with read: Read, rowIDs: Column<Int64>, holds: (Int, Value) -> Bool) -> [Value?] {
        let found = (try? read(positions.map { rowIDs[$0] })) ?? [:]
        return positions.map { position in found[rowIDs[position]].flatMap { holds(position, $0) ? $0 : nil } }
    }
}
