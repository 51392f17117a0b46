@testable import DossierIndex
import Testing

/// Postings walked a window at a time: cursors that drain and probe in ascending order,
/// the slots a window reached in ascending order, and windows met in order.
struct PostingsWindowTests {
    /// Every third position below 100,000, with a few gaps: a list spanning many windows.
    private static let list: [Int32] = (0..<100_000).filter { $0 % 3 == 0 && $0 % 7_001 != 0 }.map(Int32.init)

    private static func slice(_ ids: [Int32]) -> IDSlice {
        let column = Column(ids)
        return column[column.startIndex..<column.endIndex]
    }

    @Test func probesAskedInAscendingOrderAgreeWithMembership() {
        let members = Set(Self.list)
        var cursor = PostingsCursor(Self.slice(Self.list))
        // Positions close together and far apart, ascending, some asked twice.
        var position: Int32 = 0
        var asked: [Int32] = []
        while position < 100_010 {
            asked.append(position)
            if position % 5 == 0 { asked.append(position) }
            position += position % 4 == 0 ? 1 : 2_017
        }
        let wrong = asked.filter { cursor.holds($0) != members.contains($0) }
        #expect(wrong.isEmpty)
        let beyondTheLast = cursor.holds(200_000)
        #expect(!beyondTheLast && cursor.isAtEnd)
    }

    @Test func aCursorDrainsEachWindowInOrder() {
        var cursor = PostingsCursor(Self.slice(Self.list))
        var drained: [Int32] = []
        var indices: [Int] = []
        let window = PostingsWindow(covering: 100_000)
        #expect(window.size == PostingsWindow.largest)
        var windows: [Int] = []
        var outside: [Int32] = []
        while let start = window.next(after: [cursor]) {
            windows.append(start)
            cursor.drain(below: start + window.size) { position, index in
                if Int(position) < start || Int(position) >= start + window.size { outside.append(position) }
                drained.append(position)
                indices.append(index)
            }
        }
        #expect(outside.isEmpty)
        #expect(drained == Self.list)
        #expect(indices == Array(Self.list.indices))
        #expect(windows == windows.sorted() && windows.allSatisfy { $0 % window.size == 0 })
        #expect(window.next(after: [PostingsCursor(Self.slice([]))]) == nil)
    }

    @Test func aSmallStoreHasSmallWindows() {
        #expect(PostingsWindow(covering: 0).size == 64)
        #expect(PostingsWindow(covering: 123).size == 128)
        #expect(PostingsWindow(covering: 1_000_000).size == PostingsWindow.largest)
    }

    @Test func reachedSlotsComeOutAscendingAndCleared() {
        var reached = PostingsWindow(covering: 1_000_000).slots()
        let slots = [PostingsWindow.largest - 1, 0, 64, 63, 5_000, 64, 1]
        let inserted = slots.map { reached.insert($0) }
        #expect(inserted == [true, true, true, true, true, false, true])
        var out: [Int] = []
        reached.removeAll { out.append($0) }
        #expect(out == Array(Set(slots)).sorted())
        var again: [Int] = []
        reached.removeAll { again.append($0) }
        #expect(again.isEmpty)
    }

    @Test(arguments: [0, 1, 2, 3])
    func aFilteredWalkOfTheSharedOrderIsTheFilterOwnOrder(modulus: Int) {
        // Scores with ties, broken by rank; the filter keeps candidates by their index.
        let count = 1_000
        let scores = (0..<count).map { Double(($0 * 7_919) % 53) / 4 }
        let ranks = (0..<count).map { Int32(($0 * 389) % count) }
        let admitted: @Sendable (Int32) -> Bool = { modulus == 0 || Int($0) % (modulus + 1) != 0 }
        let everyCandidate = Array(Int32(0)..<Int32(count))
        let own = LazyOrder(everyCandidate.filter(admitted), scores: scores, ranks: ranks)
        let filtered = FilteredOrder(LazyOrder(everyCandidate, scores: scores, ranks: ranks), admitting: admitted)
        #expect(Array(filtered.elements(0..<5)) == Array(own.elements(0..<5)))
        #expect(Array(filtered.elements(0..<(count + 10))) == Array(own.elements(0..<(count + 10))))
        #expect(filtered.element(at: count) == nil)
    }
}
