import DossierKit
@testable import DossierIndex
import Synchronization
import Testing

/// Values read from the store on demand: each read once while kept, read again after the
/// kept ones are let go, and none made up for a row the store no longer holds.
struct ShelfTests {
    /// How many values the store was asked for.
    private final class Reads: Sendable {
        private let count = Mutex(0)
        func add(_ values: Int) { count.withLock { $0 += values } }
        var total: Int { count.withLock { $0 } }
    }

    /// A shelf of `count` numbers stored under row ids 100, 101, ..., whose reads are
    /// counted; `gone` row ids are no longer stored.
    private func shelf(count: Int, gone: Set<Int64> = []) -> (Shelf<Int>, Reads) {
        let reads = Reads()
        let rowIDs = (0..<count).map { Int64(100 + $0) }
        let shelf = Shelf<Int>(rowIDs: Column(rowIDs)) { [reads] asked throws(DossierError) in
            reads.add(asked.count)
            var found: [Int64: Int] = [:]
            for rowID in asked where !gone.contains(rowID) { found[rowID] = Int(rowID) - 100 }
            return found
        }
        return (shelf, reads)
    }

    @Test func aValueKeptIsNotReadAgain() {
        let (shelf, reads) = shelf(count: 10)
        #expect(shelf.values(at: [3, 4]) == [3, 4])
        #expect(shelf.value(at: 3) == 3)
        #expect(reads.total == 2)
    }

    @Test func readingAheadReadsInOneGoWhatIsAskedForNext() {
        let (shelf, reads) = shelf(count: 10)
        shelf.readAhead([1, 2, 3])
        #expect([1, 2, 3].map { shelf.value(at: $0) } == [1, 2, 3])
        #expect(reads.total == 3)
    }

    @Test func pastTheLimitTheKeptValuesAreLetGoAndReadAgainWhenAsked() {
        let limit = Shelf<Int>.keptLimit
        let (shelf, reads) = shelf(count: limit + 10)
        #expect(shelf.values(at: Array(0..<limit)) == Array(0..<limit))
        // The values over the limit are all given, though the kept ones are let go for them.
        #expect(shelf.values(at: [0] + Array(limit..<limit + 10)) == [0] + Array(limit..<limit + 10))
        let before = reads.total
        #expect(shelf.value(at: 1) == 1)
        #expect(reads.total == before + 1)
    }

    @Test func aRowNoLongerStoredIsMissingAndAskedForAgain() {
        let (shelf, reads) = shelf(count: 4, gone: [102])
        #expect(shelf.values(at: [1, 2, 3]) == [1, 3])
        #expect(shelf.value(at: 2) == nil)
        #expect(reads.total == 4)
    }

    @Test func heldValuesAreGivenWithoutReading() {
        let shelf = Shelf(holding: ["a", "b"])
        shelf.readAhead([0, 1])
        #expect(shelf.isHeld && shelf.values(at: [1, 0]) == ["b", "a"])
    }
}
