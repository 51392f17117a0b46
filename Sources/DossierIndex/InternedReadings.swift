import DossierKit

/// Every reading of a store's facts and sentences as the index interns them: the table of
/// the facts' terms and entity ids with each fact's profile, and the sentences' readings,
/// in the store's order. Kept in the store as one binary image (``image``), so a process
/// opening a large store decodes integers instead of parsing every reading's text.
struct InternedReadings: Sendable {
    var table: InternTable
    var facts: ProfileColumns
    /// What scoring takes from the facts' rows, and each fact's row id, by position: an
    /// index opened from the image reads a fact only when a question reaches it.
    var keys: FactTraits.Keys
    var rowIDs: [Int64]
    var passages: PassageIndex.Readings
    /// Each sentence's row id, by position.
    var passageIDs: [Int64]

    /// Bumped whenever the layout below changes; an image of another layout is not read.
    static let format: UInt32 = 5
    private static let magic: UInt32 = 0x4458_5249  // "DXRI"

    /// The image: the layout version, the fact table's names, the strengths terms carry, the
    /// domains' names, then the facts column by column, so each is read in one copy: their
    /// terms, the strength of each, entities, ancestors, predicate terms (each a list of
    /// ids), subjects, objects (or none), row ids, places in id order, domains, whether each
    /// is dated and the years of those that are; then the sentences' three tables (terms,
    /// entities, years), their row ids, places by source and start, and their term, entity
    /// and year lists.
    var image: [UInt8] {
        var writer = ImageWriter()
        writer.u32(Self.magic)
        writer.u32(Self.format)
        writer.u32(UInt32(table.count))
        for name in table.names { writer.string(name) }
        var palette: [Double] = []
        for strength in facts.strengths where !palette.contains(strength) { palette.append(strength) }
        writer.u32(UInt32(palette.count))
        for strength in palette { writer.u64(strength.bitPattern) }
        writer.u32(UInt32(keys.domainNames.count))
        for name in keys.domainNames { writer.string(name) }
        writer.u32(UInt32(facts.count))
        writer.lists(facts.terms)
        writer.u32s(facts.strengths.lazy.map { UInt32(palette.firstIndex(of: $0)!) })
        writer.lists(facts.entities)
        writer.lists(facts.ancestors)
        writer.lists(facts.predicateTerms)
        writer.u32s(facts.subjects.lazy.map { UInt32($0) })
        writer.u32s(facts.objects.lazy.map { $0 >= 0 ? UInt32($0) : .max })
        for rowID in rowIDs { writer.u64(UInt64(bitPattern: rowID)) }
        writer.u32s(keys.idRanks.lazy.map { UInt32($0) })
        writer.u32s(keys.domains.lazy.map { UInt32($0) })
        writer.u32s(keys.years.lazy.map { $0 == nil ? 0 : 1 })
        for years in keys.years.compactMap(\.self) {
            writer.u64(UInt64(bitPattern: Int64(years.lowerBound)))
            writer.u64(UInt64(bitPattern: Int64(years.upperBound)))
        }
        for table in [passages.terms, passages.entities, passages.years] {
            writer.u32(UInt32(table.count))
            for name in table.names { writer.string(name) }
        }
        writer.u32(UInt32(passages.count))
        for id in passageIDs { writer.u64(UInt64(bitPattern: id)) }
        writer.u32s(passages.orderRanks.lazy.map { UInt32($0) })
        writer.lists(passages.sentenceTerms)
        writer.lists(passages.sentenceEntities)
        writer.lists(passages.sentenceYears)
        return writer.bytes
    }

    init(
        table: InternTable, facts: ProfileColumns, keys: FactTraits.Keys, rowIDs: [Int64], passages: PassageIndex.Readings,
        passageIDs: [Int64]
    ) {
        self.table = table
        self.facts = facts
        self.keys = keys
        self.rowIDs = rowIDs
        self.passages = passages
        self.passageIDs = passageIDs
    }

    /// The readings an image holds for `factCount` facts and `passages` sentences; nil
    /// when it is of another layout, damaged, or made for other counts.
    init?(image: [UInt8], factCount: Int, passages: Int) {
        guard let decoded = image.withUnsafeBytes({ Self(bytes: $0, factCount: factCount, passages: passages) }) else { return nil }
        self = decoded
    }

    /// The readings of an image's bytes, as ``init(image:factCount:passages:)`` reads them.
    init?(bytes: UnsafeRawBufferPointer, factCount: Int, passages: Int) {
        let decoded = { () -> InternedReadings? in
            var reader = ImageReader(bytes)
            guard reader.u32() == Self.magic, reader.u32() == Self.format, let table = Self.table(&reader),
                  let paletteCount = reader.count(each: 8) else { return nil }
            var palette: [Double] = []
            for _ in 0..<paletteCount {
                guard let bits = reader.u64() else { return nil }
                palette.append(Double(bitPattern: bits))
            }
            guard let domainNames = reader.strings(), Set(domainNames).count == domainNames.count,
                  reader.u32().map(Int.init) == factCount,
                  let facts = Self.profiles(&reader, count: factCount, bound: table.count, palette: palette),
                  let rowIDs = reader.u64s(factCount), let ranks = reader.u32s(factCount),
                  let domains = reader.u32s(factCount), let dated = reader.u32s(factCount),
                  ranks.allSatisfy({ Int($0) < factCount }), domains.allSatisfy({ Int($0) < domainNames.count }),
                  dated.allSatisfy({ $0 <= 1 }), let bounds = reader.u64s(2 * dated.reduce(0) { $0 + Int($1) })
            else { return nil }
            var years: [ClosedRange<Int>?] = []
            years.reserveCapacity(factCount)
            var next = 0
            for flag in dated {
                guard flag == 1 else { years.append(nil); continue }
                let from = Int(Int64(bitPattern: bounds[next])), to = Int(Int64(bitPattern: bounds[next + 1]))
                guard from <= to else { return nil }
                years.append(from...to)
                next += 2
            }
            let keys = FactTraits.Keys(
                years: years, domains: domains.map { Int32($0) }, domainNames: domainNames, idRanks: ranks.map { Int32($0) })
            let profiles = facts
            let factRowIDs = rowIDs.map { Int64(bitPattern: $0) }
            guard let terms = Self.table(&reader), let entities = Self.table(&reader), let yearNames = Self.table(&reader),
                  reader.count(each: 24) == passages, let ids = reader.u64s(passages),
                  let ranks = reader.u32s(passages), ranks.allSatisfy({ Int($0) < passages }),
                  let termLists = reader.lists(passages, below: terms.count),
                  let entityLists = reader.lists(passages, below: entities.count),
                  let yearLists = reader.lists(passages, below: yearNames.count)
            else { return nil }
            var readings = PassageIndex.Readings()
            readings.terms = terms
            readings.entities = entities
            readings.years = yearNames
            readings.sentenceTerms = termLists
            readings.sentenceEntities = entityLists
            readings.sentenceYears = yearLists
            readings.orderRanks = ranks.map { Int32($0) }
            let passageIDs = ids.map { Int64(bitPattern: $0) }
            guard reader.isAtEnd else { return nil }
            return InternedReadings(
                table: table, facts: profiles, keys: keys, rowIDs: factRowIDs, passages: readings, passageIDs: passageIDs)
        }()
        guard let decoded else { return nil }
        self = decoded
    }

    /// `count` facts' profiles, column by column as ``image`` lays them out; nil when any
    /// id is out of order or range.
    private static func profiles(_ reader: inout ImageReader, count: Int, bound: Int, palette: [Double]) -> ProfileColumns? {
        guard let terms = reader.lists(count, below: bound), let strengthIndices = reader.u32s(terms.ids.count),
              strengthIndices.allSatisfy({ Int($0) < palette.count }),
              let entities = reader.lists(count, below: bound), let ancestors = reader.lists(count, below: bound),
              let predicateTerms = reader.lists(count, below: bound), let subjects = reader.u32s(count),
              let objects = reader.u32s(count), subjects.allSatisfy({ Int($0) < bound }),
              objects.allSatisfy({ $0 == .max || Int($0) < bound })
        else { return nil }
        return ProfileColumns(
            terms: terms, strengths: strengthIndices.map { palette[Int($0)] }, entities: entities, ancestors: ancestors,
            predicateTerms: predicateTerms, subjects: subjects.map { Int32($0) }, objects: objects.map { $0 == .max ? -1 : Int32($0) })
    }

    private static func table(_ reader: inout ImageReader) -> InternTable? {
        reader.strings().flatMap(InternTable.init(names:))
    }
}

extension InternTable {
    /// A table holding `names` with ids in their order; nil when a name repeats.
    init?(names: [String]) {
        self.init()
        for name in names {
            guard id(of: name) == nil else { return nil }
            intern(name)
        }
    }
}

extension InternedProfile {
    /// A profile from its parts, as a reading image holds them.
    init(
        terms: ArraySlice<Int32>, strengths: ArraySlice<Double>, entities: ArraySlice<Int32>, ancestors: ArraySlice<Int32>,
        predicateTerms: ArraySlice<Int32>, subject: Int32, object: Int32?
    ) {
        self.terms = terms
        self.strengths = strengths
        self.entities = entities
        self.ancestors = ancestors
        self.predicateTerms = predicateTerms
        self.subject = subject
        self.object = object
    }
}
