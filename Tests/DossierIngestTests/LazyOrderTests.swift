@testable import DossierIndex
import Testing

/// Candidates ordered as far as they are walked give what sorting them all would.
struct LazyOrderTests {
    /// Scores with many ties, broken by rank: ranks run opposite to the candidates' indices,
    /// so an order by index would be wrong.
    private static let scores: [Double] = (0..<500).map { Double(($0 * 7_919) % 37) / 8 }
    private static let ranks: [Int32] = (0..<500).map { 499 - Int32($0) }

    private static func precedes(_ a: Int32, _ b: Int32) -> Bool {
        scores[Int(a)] > scores[Int(b)] || (scores[Int(a)] == scores[Int(b)] && ranks[Int(a)] < ranks[Int(b)])
    }

    @Test(arguments: [0, 1, 2, 3, 17, 500])
    func everyPrefixIsThatOfTheFullSort(count: Int) {
        let candidates = Array(Int32(0)..<Int32(count)).reversed().map { $0 }
        let sorted = candidates.sorted(by: Self.precedes)
        let order = LazyOrder(candidates, scores: Self.scores, ranks: Self.ranks)
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
        let order = LazyOrder(candidates, scores: Self.scores, ranks: Self.ranks)
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
