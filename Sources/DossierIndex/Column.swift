import DossierStore

/// Fixed-width integers end to end, read in place from bytes that live as long as the
/// column does: a region of a reading image (mapped from its file), or a copy of an
/// array. An index keeps its readings this way, so opening one maps an image instead of
/// copying it into arrays.
///
/// Rules: the values are little-endian, one after another from `base`; `owner` keeps
/// the bytes alive and never writes them. `@unchecked Sendable`: the column holds a
/// pointer into bytes nobody writes after they are made, so any thread may read them;
/// there is nothing for a `Mutex` or an actor to guard.
struct Column<Element: FixedWidthInteger & Sendable>: RandomAccessCollection, @unchecked Sendable {
    private let owner: MappedImage
    private let base: UnsafeRawPointer
    let count: Int

    /// `count` values starting `offset` bytes into `image`; the caller has checked they fit.
    init(_ image: MappedImage, offset: Int, count: Int) {
        owner = image
        // Bytes without an address hold nothing: the stand-in is never read (count is 0).
        base = image.bytes.baseAddress.map { UnsafeRawPointer($0) + offset } ?? UnsafeRawPointer(bitPattern: 16)!
        self.count = count
    }

    /// A column holding a copy of `values`.
    init(_ values: [Element]) {
        var bytes = values
        #if _endian(big)
        bytes = bytes.map(\.littleEndian)
        #endif
        let image = bytes.withUnsafeBytes { MappedImage(copying: $0) }
        self.init(image, offset: 0, count: values.count)
    }

    /// No values.
    init() { self.init([]) }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> Element {
        precondition(position >= 0 && position < count, "column position out of range")
        return Element(littleEndian: base.loadUnaligned(fromByteOffset: position &* MemoryLayout<Element>.size, as: Element.self))
    }

    /// The values' bytes as they lie (little-endian), as a reading image holds them.
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count * MemoryLayout<Element>.size) }
}

extension Column where Element == Int32 {
    /// True when every value lies in `range`: one pass over the bytes with no check a
    /// value, which the compiler turns into vector code (an image's per-fact columns are
    /// checked this way when it is opened).
    func allLie(in range: ClosedRange<Int32>) -> Bool {
        var least = Int32.max, greatest = Int32.min
        let raw = bytes
        var offset = 0
        while offset < raw.count {
            let value = Int32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: Int32.self))
            least = Swift.min(least, value)
            greatest = Swift.max(greatest, value)
            offset &+= 4
        }
        return count == 0 || (least >= range.lowerBound && greatest <= range.upperBound)
    }
}

/// An ascending list of ids within a column: a fact's or sentence's terms, entities or
/// places, or a posting.
typealias IDSlice = Slice<Column<Int32>>

/// The strength each term carries beside a column of term ids: a code per term into the
/// few strengths there are (``FactProfile``'s stated and keyword strengths), so a strength
/// takes a byte instead of eight.
///
/// Rules: `codes[i]` is below `palette.count`; a column is made from at most 256 distinct
/// strengths (every strength comes from a constant of ``FactProfile``).
struct StrengthColumn: RandomAccessCollection, Sendable {
    let codes: Column<UInt8>
    let palette: [Double]
    /// Where a code past the palette (in an image's column, checked where read) is recorded;
    /// such a code reads as the first strength.
    let damage: ImageDamage?

    init(codes: Column<UInt8>, palette: [Double], damage: ImageDamage? = nil) {
        self.codes = codes
        self.palette = palette
        self.damage = damage
    }

    /// The strengths `values`, coded in the order each is first met.
    init(_ values: [Double]) {
        var palette: [Double] = []
        let codes = values.map { value in
            if let code = palette.firstIndex(of: value) { return UInt8(code) }
            precondition(palette.count < 256, "more than 256 distinct term strengths")
            palette.append(value)
            return UInt8(palette.count - 1)
        }
        self.init(codes: Column(codes), palette: palette)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { codes.count }

    subscript(position: Int) -> Double {
        let code = Int(codes[position])
        guard code < palette.count else {
            damage?.record()
            return palette.first ?? 0
        }
        return palette[code]
    }
}

typealias StrengthSlice = Slice<StrengthColumn>

/// Each fact's years (``TimeValue/years``) by position, nil when undated, as two columns of
/// first and last year.
///
/// Rules: a dated fact's first year is at most its last; an undated one holds
/// ``undatedFirst`` and ``undatedLast``; any other pair (a first year past the last) reads
/// as undated, so these columns need no checking.
struct YearColumn: RandomAccessCollection, Sendable {
    let first: Column<Int64>
    let last: Column<Int64>
    static let undatedFirst = Int64.max
    static let undatedLast = Int64.min

    init(first: Column<Int64>, last: Column<Int64>) {
        self.first = first
        self.last = last
    }

    init(_ years: [ClosedRange<Int>?]) {
        self.init(
            first: Column(years.map { $0.map { Int64($0.lowerBound) } ?? Self.undatedFirst }),
            last: Column(years.map { $0.map { Int64($0.upperBound) } ?? Self.undatedLast }))
    }

    var startIndex: Int { 0 }
    var endIndex: Int { first.count }

    subscript(position: Int) -> ClosedRange<Int>? {
        let from = first[position], to = last[position]
        return from <= to ? Int(from)...Int(to) : nil
    }
}
