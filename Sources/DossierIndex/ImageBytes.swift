/// The byte layout of a reading image: little-endian unsigned 32-bit counts and ids,
/// 64-bit floats by their bits, and strings as a count of UTF-8 bytes then the bytes.
struct ImageWriter {
    private(set) var bytes: [UInt8] = []

    mutating func u32(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func u64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Values end to end, without a count.
    mutating func u32s(_ values: some Sequence<UInt32>) {
        for value in values { u32(value) }
    }

    /// Lists of ids: each list's length, then every id, end to end (``ImageReader/lists(_:below:)``).
    mutating func lists(_ lists: IDLists) {
        u32s((0..<lists.count).lazy.map { UInt32(lists.range(at: $0).count) })
        u32s(lists.ids.lazy.map { UInt32(bitPattern: $0) })
    }

    mutating func string(_ value: String) {
        u32(UInt32(value.utf8.count))
        bytes.append(contentsOf: value.utf8)
    }
}

/// Reads what ``ImageWriter`` wrote, refusing (nil) anything past the end, a string that is
/// not UTF-8, or ids out of order or out of range: an image is trusted only as far as it
/// checks, so a damaged one is read again from the stored texts rather than believed.
struct ImageReader {
    private let bytes: UnsafeRawBufferPointer
    private(set) var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

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

    /// `count` values end to end, copied at once; nil when fewer bytes are left.
    mutating func u32s(_ count: Int) -> [UInt32]? { integers(count) }

    /// `count` 64-bit values end to end, copied at once; nil when fewer bytes are left.
    mutating func u64s(_ count: Int) -> [UInt64]? { integers(count) }

    /// `count` little-endian integers of one width end to end, copied at once; nil when
    /// fewer bytes are left.
    private mutating func integers<Integer: FixedWidthInteger>(_ count: Int) -> [Integer]? {
        let size = MemoryLayout<Integer>.size
        guard count >= 0, (bytes.count - offset) / size >= count else { return nil }
        var values = [Integer](repeating: 0, count: count)
        values.withUnsafeMutableBytes { target in
            target.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count * size]))
        }
        offset += count * size
        #if _endian(big)
        values = values.map { Integer(littleEndian: $0) }
        #endif
        return values
    }

    /// `count` lists of ids as ``ImageWriter/lists(_:)`` wrote them: the ids end to end,
    /// and where each list starts in them (`count + 1` offsets, the last the total); nil
    /// unless every list is ascending without repeats and every id below `bound`.
    mutating func lists(_ count: Int, below bound: Int) -> IDLists? {
        guard let lengths = u32s(count) else { return nil }
        var offsets = [Int](repeating: 0, count: count + 1)
        var total = 0
        for (index, length) in lengths.enumerated() {
            total += Int(length)
            offsets[index + 1] = total
        }
        // Read as signed: an id past Int32 is negative, so out of order, and refused.
        guard let ids: [Int32] = integers(total) else { return nil }
        let valid = ids.withUnsafeBufferPointer { ids in
            for list in 0..<count {
                var previous: Int32 = -1
                for position in offsets[list]..<offsets[list + 1] {
                    let value = ids[position]
                    guard value > previous, Int(value) < bound else { return false }
                    previous = value
                }
            }
            return true
        }
        return valid ? IDLists(starts: offsets, ids: ids) : nil
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
