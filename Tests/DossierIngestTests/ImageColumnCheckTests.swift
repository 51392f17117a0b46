@testable import DossierIndex
import DossierStore
import Testing

/// An image's per-fact id columns are checked whole when it is opened: every id below its
/// bound, or the one exception a column allows (-1 for "no object").
@Suite struct ImageColumnCheckTests {
    private func read(_ values: [Int32], below bound: Int, except: Int32? = nil) -> Column<Int32>? {
        var writer = ImageWriter()
        writer.u32(7)  // a word before the column, so it does not start the image
        writer.column(Column(values))
        var reader = ImageReader(writer.bytes.withUnsafeBytes { MappedImage(copying: $0) })
        _ = reader.u32()
        return reader.column(values.count, below: bound, except: except)
    }

    @Test func idsBelowTheBoundAreRead() {
        #expect(read([0, 4, 2, 4, 1], below: 5)?.count == 5)
        #expect(read([], below: 0)?.count == 0)
        #expect(read([-1, 3, -1], below: 4, except: -1)?.count == 3)
        #expect(read([-1, -1], below: 0, except: -1)?.count == 2)
        #expect(read([7, 2], below: 3, except: 7)?.count == 2)
    }

    @Test func anIdOutOfRangeRefusesTheColumn() {
        #expect(read([0, 5, 2], below: 5) == nil)
        #expect(read([0, -1], below: 5) == nil)
        #expect(read([3], below: 0) == nil)
        #expect(read([-2, 1], below: 4, except: -1) == nil)
        #expect(read([4], below: 4, except: -1) == nil)
        #expect(read([Int32.min, 0], below: 4) == nil)
        #expect(read([5, 2], below: 3, except: 7) == nil)
    }

    @Test func allLieLooksAtEveryValue() {
        let values = Column((0..<1_000).map { Int32($0 % 50) } + [50] + (0..<999).map { Int32($0 % 7) })
        #expect(!values.allLie(in: 0...49))
        #expect(values.allLie(in: 0...50))
        #expect(Column([Int32]()).allLie(in: 0...0))
    }
}
