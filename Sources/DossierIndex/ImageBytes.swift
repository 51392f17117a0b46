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

    mutating func ids(_ values: [Int32]) {
        u32(UInt32(values.count))
        for value in values { u32(UInt32(bitPattern: value)) }
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

    /// Ids ascending without repeats, each below `bound`.
    mutating func ids(below bound: Int) -> [Int32]? {
        guard let count = count(each: 4) else { return nil }
        var values: [Int32] = []
        values.reserveCapacity(count)
        for _ in 0..<count {
            guard let value = u32(), Int(value) < bound, values.last.map({ $0 < Int32(value) }) ?? true else { return nil }
            values.append(Int32(value))
        }
        return values
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
