@testable import DossierIndex
import Testing

/// Candidates ordered as far as they are walked give what sorting them all would.
struct LazyOrderTests {
    /// Values with many ties, broken by candidate index (a strict total order).
    private static let values: [Int32] = (0..<500).map { Int32(($0 * 7_919) % 37) }

    private static func precedes(_ a: Int32, _ b: Int32) -> Bool {
        values[Int(a)] > values[Int(b)] || (values[Int(a)] == values[Int(b)] && a < b)
    }

    @Test(arguments: [0, 1, 2, 3, 17, 500])
    func everyPrefixIsThatOfTheFullSort(count: Int) {
        let candidates = Array(Int32(0)..<Int32(count)).reversed().map { $0 }
        let sorted = candidates.sorted(by: Self.precedes)
        let order = LazyOrder(candidates, by: Self.precedes)
        #expect(Array(order.elements(0..<3)) == Array(sorted.prefix(3)))
        var walked: [Int32] = []
        var place = 0
        while let next = order.element(at: place) {
            walked.append(next)
            place += 1
        }
        #expect(walked == sorted)
        #expect(order.element(at: count) == nil)
        #expect(Array(order.elements(max(0, count - 2)..<(count + 5))) == Array(sorted.suffix(2)))
    }

    @Test func callersWalkingSideBySideSeeOneOrder() async {
        let candidates = Array(Int32(0)..<500)
        let sorted = candidates.sorted(by: Self.precedes)
        let order = LazyOrder(candidates, by: Self.precedes)
        let walks = await withTaskGroup(of: [Int32].self) { group in
            for step in 1...4 {
                group.addTask {
                    var walked: [Int32] = []
                    var place = 0
                    while true {
                        let next = order.elements(place..<(place + step))
                        if next.isEmpty { return walked }
                        walked += next
                        place += next.count
                    }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(walks.allSatisfy { $0 == sorted })
    }
}
