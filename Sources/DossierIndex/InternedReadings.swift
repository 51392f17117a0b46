import DossierKit

/// Every reading of a store's facts and sentences as the index interns them: the table of
/// the facts' terms and entity ids with each fact's profile, and the sentences' readings,
/// in the store's order. Kept in the store as one binary image (``image``), so a process
/// opening a large store decodes integers instead of parsing every reading's text.
struct InternedReadings: Sendable {
    var table: InternTable
    var facts: [InternedProfile]
    var passages: PassageIndex.Readings

    /// Bumped whenever the layout below changes; an image of another layout is not read.
    static let format: UInt32 = 1
    private static let magic: UInt32 = 0x4458_5249  // "DXRI"

    /// The image: the layout version, the fact table's names, the strengths terms carry, each
    /// fact's ids (its terms with the strength of each, entities, ancestors, predicate
    /// terms, subject and object, or none), then the sentences' two tables and readings.
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
        writer.u32(UInt32(facts.count))
        for profile in facts {
            writer.ids(profile.terms)
            for strength in profile.strengths { writer.u32(UInt32(palette.firstIndex(of: strength)!)) }
            writer.ids(profile.entities)
            writer.ids(profile.ancestors)
            writer.ids(profile.predicateTerms)
            writer.u32(UInt32(profile.subject))
            writer.u32(profile.object.map { UInt32($0) } ?? .max)
        }
        for table in [passages.terms, passages.entities] {
            writer.u32(UInt32(table.count))
            for name in table.names { writer.string(name) }
        }
        writer.u32(UInt32(passages.sentences.count))
        for sentence in passages.sentences {
            writer.ids(sentence.terms)
            writer.ids(sentence.entities)
            writer.u32(UInt32(sentence.years.count))
            for year in sentence.years { writer.string(year) }
        }
        return writer.bytes
    }

    init(table: InternTable, facts: [InternedProfile], passages: PassageIndex.Readings) {
        self.table = table
        self.facts = facts
        self.passages = passages
    }

    /// The readings an image holds for `facts` and `passages` sentences; nil when it is
    /// of another layout, damaged, or made for other facts (a count differs, or a fact's
    /// subject or object is not the one interned for it).
    init?(image: [UInt8], facts: [Fact], passages: Int) {
        let decoded = image.withUnsafeBytes { bytes -> InternedReadings? in
            var reader = ImageReader(bytes)
            guard reader.u32() == Self.magic, reader.u32() == Self.format, let table = Self.table(&reader),
                  let paletteCount = reader.count(each: 8) else { return nil }
            var palette: [Double] = []
            for _ in 0..<paletteCount {
                guard let bits = reader.u64() else { return nil }
                palette.append(Double(bitPattern: bits))
            }
            guard reader.count(each: 24) == facts.count else { return nil }
            var profiles: [InternedProfile] = []
            profiles.reserveCapacity(facts.count)
            let bound = table.count
            for fact in facts {
                guard let terms = reader.ids(below: bound) else { return nil }
                var strengths: [Double] = []
                strengths.reserveCapacity(terms.count)
                for _ in terms {
                    guard let index = reader.u32().map(Int.init), index < palette.count else { return nil }
                    strengths.append(palette[index])
                }
                guard let entities = reader.ids(below: bound), let ancestors = reader.ids(below: bound),
                      let predicateTerms = reader.ids(below: bound), let subject = reader.u32().map(Int.init), subject < bound,
                      table.names[subject] == fact.subject, let object = reader.u32() else { return nil }
                let objectID: Int32?
                if object == .max {
                    guard fact.object == nil else { return nil }
                    objectID = nil
                } else {
                    guard Int(object) < bound, table.names[Int(object)] == fact.object else { return nil }
                    objectID = Int32(object)
                }
                profiles.append(InternedProfile(
                    terms: terms, strengths: strengths, entities: entities, ancestors: ancestors, predicateTerms: predicateTerms,
                    subject: Int32(subject), object: objectID))
            }
            guard let terms = Self.table(&reader), let entities = Self.table(&reader), reader.count(each: 12) == passages
            else { return nil }
            var readings = PassageIndex.Readings()
            readings.terms = terms
            readings.entities = entities
            readings.sentences.reserveCapacity(passages)
            for _ in 0..<passages {
                guard let termIDs = reader.ids(below: terms.count), let entityIDs = reader.ids(below: entities.count),
                      let years = reader.strings() else { return nil }
                readings.sentences.append(.init(terms: termIDs, entities: entityIDs, years: years))
            }
            guard reader.isAtEnd else { return nil }
            return InternedReadings(table: table, facts: profiles, passages: readings)
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
