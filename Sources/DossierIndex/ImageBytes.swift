import DossierStore

/// The byte layout of a reading image: little-endian unsigned 32-bit counts, columns of
/// fixed-width values end to end as they lie in memory (``Column``), 64-bit floats by
/// their bits, and strings as a count of UTF-8 bytes then the bytes.
struct ImageWriter {
    private(set) var bytes: [UInt8] = []
    /// How many bytes are written (or, counting, would be).
    private(set) var count = 0
    private let isCounting: Bool

    /// A writer with room for `capacity` bytes, so a large image is not copied as it grows.
    init(capacity: Int = 0) {
        isCounting = false
        bytes.reserveCapacity(capacity)
    }

    private init(counting: Bool) { isCounting = counting }

    /// A writer that only counts the bytes it is given.
    static func counting() -> ImageWriter { ImageWriter(counting: true) }

    private mutating func append(_ raw: UnsafeRawBufferPointer) {
        count += raw.count
        if !isCounting { bytes.append(contentsOf: raw) }
    }

    mutating func u32(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { append($0) }
    }

    mutating func u64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { append($0) }
    }

    /// A column's values end to end, without a count.
    mutating func column<Element>(_ column: Column<Element>) {
        append(column.bytes)
    }

    /// Lists of ids: where each starts (one more than there are lists), then every id, end
    /// to end (``ImageReader/lists(_:below:)``).
    mutating func lists(_ lists: IDLists) {
        column(lists.starts)
        column(lists.ids)
    }

    /// Postings: how many ids they cover, then their lists (``ImageReader/postings(below:)``).
    mutating func postings(_ postings: IDPostings, carrying: Bool = false) {
        u32(UInt32(postings.lists.count))
        lists(postings.lists)
        if carrying { column(postings.carried.codes) }
    }

    mutating func string(_ value: String) {
        u32(UInt32(value.utf8.count))
        var value = value
        value.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    mutating func strings(_ values: [String]) {
        u32(UInt32(values.count))
        for value in values { string(value) }
    }
}

/// Reads what ``ImageWriter`` wrote, in place: columns are views of the image's bytes, not
/// copies. It refuses (nil) anything past the end, a count that does not fit, a string that
/// is not UTF-8, or a per-fact id out of range; the id lists, most of an image, are checked
/// where they are read instead (``ImageDamage``). An image is trusted only as far as it
/// checks: a damaged one is read again from the stored texts rather than believed.
struct ImageReader {
    private let image: MappedImage
    private let bytes: UnsafeRawBufferPointer
    private(set) var offset = 0
    /// Where the lists read are found damaged when they are read.
    let damage: ImageDamage

    init(_ image: MappedImage) {
        self.image = image
        bytes = image.bytes
        damage = ImageDamage(path: image.path)
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func u32() -> UInt32? {
        guard bytes.count - offset >= 4 else { return nil }
        defer { offset += 4 }
        return UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    mutating func u64() -> UInt64? {
        guard bytes.count - offset >= 8 else { return nil }
        defer { offset += 8 }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// A count of items each at least `size` bytes long, nil when so many cannot follow.
    mutating func count(each size: Int) -> Int? {
        guard let count = u32().map(Int.init), count <= (bytes.count - offset) / max(size, 1) else { return nil }
        return count
    }

    /// `count` values end to end, read in place; nil when fewer bytes are left.
    mutating func column<Element>(_ count: Int) -> Column<Element>? {
        let size = MemoryLayout<Element>.size
        guard count >= 0, (bytes.count - offset) / size >= count else { return nil }
        defer { offset += count * size }
        return Column(image, offset: offset, count: count)
    }

    /// `count` values each below `bound` (or equal to `except`), read in place.
    mutating func column(_ count: Int, below bound: Int, except: Int32? = nil) -> Column<Int32>? {
        guard let values: Column<Int32> = column(count) else { return nil }
        let highest = Int32(clamping: bound - 1)
        switch except {
        case nil where bound > 0:
            return values.allLie(in: 0...highest) ? values : nil
        case .some(-1) where bound >= 0:
            // The exception just below the ids widens their range by one.
            return values.allLie(in: -1...highest) ? values : nil
        default:
            for value in values where value != except && (value < 0 || Int(value) >= bound) { return nil }
            return values
        }
    }

    /// `count` lists of ids as ``ImageWriter/lists(_:)`` wrote them, each checked where it
    /// is read (``IDLists/range(at:)``: ascending, every id below `bound`); nil unless the
    /// starts run from 0 and all the ids they end with are there.
    mutating func lists(_ count: Int, below bound: Int) -> IDLists? {
        guard let starts: Column<UInt32> = column(count + 1), starts[0] == 0,
              let ids: Column<Int32> = column(Int(starts[count]))
        else { return nil }
        return IDLists(starts: starts, ids: ids, check: ListCheck(bound: bound, damage: damage))
    }

    /// Postings as ``ImageWriter/postings(_:carrying:)`` wrote them, for ids below
    /// `idBound`, of positions below `bound`, with strengths coded into `palette` when
    /// given (each code checked where read); nil when their counts do not fit.
    mutating func postings(idBound: Int, below bound: Int, palette: [Double]? = nil) -> IDPostings? {
        guard let count = count(each: 4), count <= idBound, let lists = lists(count, below: bound) else { return nil }
        guard let palette else { return IDPostings(lists: lists, carried: StrengthColumn(codes: Column(), palette: [])) }
        guard let codes: Column<UInt8> = column(lists.ids.count) else { return nil }
        return IDPostings(lists: lists, carried: StrengthColumn(codes: codes, palette: palette, damage: damage))
    }

    mutating func string() -> String? {
        guard let count = count(each: 1) else { return nil }
        defer { offset += count }
        return String(validating: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count]), as: UTF8.self)
    }

    mutating func strings() -> [String]? {
        guard let count = count(each: 4) else { return nil }
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count {
            guard let value = string() else { return nil }
            values.append(value)
        }
        return values
    }
}
