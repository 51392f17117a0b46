@testable import DossierIndex
import Testing

/// Mapping on every core gives what mapping on one does, in order, whatever the size.
struct ConcurrentMapTests {
    @Test(arguments: [0, 1, 255, 256, 513, 10_007])
    func givesTheSerialMapInOrder(count: Int) {
        let values = (0..<count).map { ($0 &* 7919) % 1_000 }
        #expect(values.concurrentMap { "\($0 * 2)" } == values.map { "\($0 * 2)" })
    }
}
