@testable import DossierIndex
import DossierStore
import Testing

/// The id lists of a reading image are checked where they are read: a list out of order,
/// with an id out of range, or with bounds past its ids reads as empty and is recorded as
/// damage; good lists read as written.
struct ImageListCheckTests {
    /// Lists as an image lays them out: `starts`, then the ids.
    private func lists(starts: [UInt32], ids: [Int32], below bound: Int) throws -> IDLists {
        var writer = ImageWriter()
        writer.column(Column(starts))
        writer.column(Column(ids))
        var reader = ImageReader(writer.bytes.withUnsafeBytes { MappedImage(copying: $0) })
        let read = reader.lists(starts.count - 1, below: bound)
        return try #require(read)
    }

    @Test func goodListsReadAsWritten() throws {
        let lists = try lists(starts: [0, 2, 2, 5], ids: [1, 4, 0, 2, 3], below: 5)
        #expect(lists.count == 3)
        #expect(Array(lists[0]) == [1, 4] && Array(lists[1]).isEmpty && Array(lists[2]) == [0, 2, 3])
        #expect(lists.check?.damage.isFound == false)
    }

    @Test(arguments: [
        ([0, 2, 4], [3, 1, 0, 2]),  // the first list descends
        ([0, 2, 4], [1, 1, 0, 2]),  // the first list repeats an id
        ([0, 2, 4], [1, 9, 0, 2]),  // an id past the bound
        ([0, 2, 4], [-1, 1, 0, 2]),  // an id under 0
        ([0, 3, 1], [0, 1, 2, 3]),  // the second list ends before it starts
    ] as [([UInt32], [Int32])])
    func aDamagedListReadsAsEmptyAndIsRecorded(starts: [UInt32], ids: [Int32]) throws {
        let lists = try lists(starts: starts, ids: ids, below: 5)
        let damage = try #require(lists.check?.damage)
        let first = Array(lists[0]), second = Array(lists[1])
        #expect(first.isEmpty || second.isEmpty)
        #expect(damage.isFound)
        #expect(damage.takeReport() != nil && damage.takeReport() == nil)
    }

    @Test func listsWhoseIdsAreNotAllThereAreRefused() {
        var writer = ImageWriter()
        writer.column(Column([0, 3] as [UInt32]))
        writer.column(Column([0, 1] as [Int32]))
        var reader = ImageReader(writer.bytes.withUnsafeBytes { MappedImage(copying: $0) })
        let read = reader.lists(1, below: 5)
        #expect(read == nil)
    }

    @Test func aStrengthCodePastThePaletteIsRecorded() {
        let damage = ImageDamage(path: nil)
        let strengths = StrengthColumn(codes: Column([0, 3] as [UInt8]), palette: [1, 0.5], damage: damage)
        #expect(strengths[0] == 1 && !damage.isFound)
        #expect(strengths[1] == 1 && damage.isFound)
    }
}
