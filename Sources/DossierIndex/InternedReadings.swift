import DossierKit

/// Every reading of a store's facts and sentences as the index interns them: the table of
/// the facts' terms and entity ids with each fact's profile, and the sentences' readings,
/// in the store's order. Kept in the store as one binary image (``image``), so a process
/// opening a large store decodes integers instead of parsing every reading's text.
struct InternedReadings: Sendable {
    var table: InternTable
    var facts: [InternedProfile]
    /// What scoring takes from the facts' rows, and each fact's row id, by position: an
    /// index opened from the image reads a fact only when a question reaches it.
    var keys: FactTraits.Keys
    var rowIDs: [Int64]
    var passages: PassageIndex.Readings
    /// Each sentence's row id, by position.
    var passageIDs: [Int64]

    /// Bumped whenever the layout below changes; an image of another layout is not read.
    static let format: UInt32 = 3
    private static let magic: UInt32 = 0x4458_5249  // "DXRI"

    /// The image: the layout version, the fact table's names, the strengths terms carry, the
    /// domains' names, each fact's ids (its terms with the strength of each, entities,
    /// ancestors, predicate terms, subject and object, or none) and keys (row id, place in
    /// id order, domain, years or none), then the sentences' two tables and readings, each
    /// with its row id.
    var image: [UInt8] {
        var writer = ImageWriter()
        writer.u32(Self.magic)
        writer.u32(Self.format)
        writer.u32(UInt32(table.count))
        for name in table.names { writer.string(name) }
        var palette: [Double] = []
        for profile in facts { for strength in profile.strengths where !palette.contains(strength) { palette.append(strength) } }
        writer.u32(UInt32(palette.count))
        for strength in palette { writer.u64(strength.bitPattern) }
        writer.u32(UInt32(keys.domainNames.count))
        for name in keys.domainNames { writer.string(name) }
        writer.u32(UInt32(facts.count))
        for (position, profile) in facts.enumerated() {
            writer.ids(profile.terms)
            for strength in profile.strengths { writer.u32(UInt32(palette.firstIndex(of: strength)!)) }
            writer.ids(profile.entities)
            writer.ids(profile.ancestors)
            writer.ids(profile.predicateTerms)
            writer.u32(UInt32(profile.subject))
            writer.u32(profile.object.map { UInt32($0) } ?? .max)
            writer.u64(UInt64(bitPattern: rowIDs[position]))
            writer.u32(UInt32(keys.idRanks[position]))
            writer.u32(UInt32(keys.domains[position]))
            if let years = keys.years[position] {
                writer.u32(1)
                writer.u64(UInt64(bitPattern: Int64(years.lowerBound)))
                writer.u64(UInt64(bitPattern: Int64(years.upperBound)))
            } else {
                writer.u32(0)
            }
        }
        for table in [passages.terms, passages.entities] {
            writer.u32(UInt32(table.count))
            for name in table.names { writer.string(name) }
        }
        writer.u32(UInt32(passages.sentences.count))
        for (sentence, id) in zip(passages.sentences, passageIDs) {
            writer.u64(UInt64(bitPattern: id))
            writer.ids(sentence.terms)
            writer.ids(sentence.entities)
            writer.u32(UInt32(sentence.years.count))
            for year in sentence.years { writer.string(year) }
        }
        return writer.bytes
    }

    init(
        table: InternTable, facts: [InternedProfile], keys: FactTraits.Keys, rowIDs: [Int64], passages: PassageIndex.Readings,
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
        let decoded = image.withUnsafeBytes { bytes -> InternedReadings? in
            var reader = ImageReader(bytes)
            guard reader.u32() == Self.magic, reader.u32() == Self.format, let table = Self.table(&reader),
                  let paletteCount = reader.count(each: 8) else { return nil }
            var palette: [Double] = []
            for _ in 0..<paletteCount {
                guard let bits = reader.u64() else { return nil }
                palette.append(Double(bitPattern: bits))
            }
            guard let domainNames = reader.strings(), Set(domainNames).count == domainNames.count,
                  reader.count(each: 44) == factCount else { return nil }
            var profiles: [InternedProfile] = []
            profiles.reserveCapacity(factCount)
            var keys = FactTraits.Keys(years: [], domains: [], domainNames: domainNames, idRanks: [])
            var rowIDs: [Int64] = []
            keys.years.reserveCapacity(factCount)
            keys.domains.reserveCapacity(factCount)
            keys.idRanks.reserveCapacity(factCount)
            rowIDs.reserveCapacity(factCount)
            let bound = table.count
            for _ in 0..<factCount {
                guard let terms = reader.ids(below: bound) else { return nil }
                var strengths: [Double] = []
                strengths.reserveCapacity(terms.count)
                for _ in terms {
                    guard let index = reader.u32().map(Int.init), index < palette.count else { return nil }
                    strengths.append(palette[index])
                }
                guard let entities = reader.ids(below: bound), let ancestors = reader.ids(below: bound),
                      let predicateTerms = reader.ids(below: bound), let subject = reader.u32().map(Int.init), subject < bound,
                      let object = reader.u32(), object == .max || Int(object) < bound,
                      let rowID = reader.u64(), let rank = reader.u32(), Int(rank) < factCount,
                      let domain = reader.u32(), Int(domain) < domainNames.count, let dated = reader.u32(), dated <= 1
                else { return nil }
                if dated == 1 {
                    guard let from = reader.u64().map({ Int(Int64(bitPattern: $0)) }), let to = reader.u64().map({ Int(Int64(bitPattern: $0)) }),
                          from <= to else { return nil }
                    keys.years.append(from...to)
                } else {
                    keys.years.append(nil)
                }
                rowIDs.append(Int64(bitPattern: rowID))
                keys.idRanks.append(Int32(rank))
                keys.domains.append(Int32(domain))
                let objectID = object == .max ? nil : Int32(object)
                profiles.append(InternedProfile(
                    terms: terms, strengths: strengths, entities: entities, ancestors: ancestors, predicateTerms: predicateTerms,
                    subject: Int32(subject), object: objectID))
            }
            guard let terms = Self.table(&reader), let entities = Self.table(&reader), reader.count(each: 20) == passages
            else { return nil }
            var readings = PassageIndex.Readings()
            readings.terms = terms
            readings.entities = entities
            readings.sentences.reserveCapacity(passages)
            var passageIDs: [Int64] = []
            passageIDs.reserveCapacity(passages)
            for _ in 0..<passages {
                guard let id = reader.u64() else { return nil }
                passageIDs.append(Int64(bitPattern: id))
                guard let termIDs = reader.ids(below: terms.count), let entityIDs = reader.ids(below: entities.count),
                      let years = reader.strings() else { return nil }
                readings.sentences.append(.init(terms: termIDs, entities: entityIDs, years: years))
            }
            guard reader.isAtEnd else { return nil }
            return InternedReadings(
                table: table, facts: profiles, keys: keys, rowIDs: rowIDs, passages: readings, passageIDs: passageIDs)
        }
        guard let decoded else { return nil }
        self = decoded
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
        terms: [Int32], strengths: [Double], entities: [Int32], ancestors: [Int32], predicateTerms: [Int32], subject: Int32,
        object: Int32?
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
