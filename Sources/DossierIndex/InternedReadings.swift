import DossierKit
import DossierStore

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
    var rowIDs: Column<Int64>
    /// The facts' postings (over the ids of `table`) and predicate groups, made from `facts`.
    var postings: FactPostings
    var predicates: PredicateGroups
    var passages: PassageIndex.Readings
    /// Each sentence's row id, by position.
    var passageIDs: Column<Int64>
    /// Where damage found in the image these readings are read from is recorded (its lists
    /// are checked as they are read); nil for readings made from texts.
    var damage: ImageDamage?

    /// Bumped whenever the layout below changes; an image of another layout is not read.
    static let format: UInt32 = 6
    private static let magic: UInt32 = 0x4458_5249  // "DXRI"

    /// The image: the layout version, the fact table's names, the strengths terms carry, the
    /// domains' names, then the facts column by column, each read in place: their terms
    /// (each list's start, then the ids), the strength code of each, entities, ancestors,
    /// predicate terms, subjects, objects (-1 for none), row ids, places in id order,
    /// domains, first and last years (``YearColumn``); the postings of terms (with their
    /// strengths), entities and places; the predicate groups; then the sentences' three
    /// tables (terms, entities, years), their row ids, places by source and start, their
    /// term, entity and year lists, and the postings of their terms and entities. Counted
    /// first, so the bytes are written once into room made for them, not copied as they grow.
    var image: [UInt8] {
        var size = ImageWriter.counting()
        write(to: &size)
        var writer = ImageWriter(capacity: size.count)
        write(to: &writer)
        return writer.bytes
    }

    /// Writes the image (``image``) to `writer`.
    private func write(to writer: inout ImageWriter) {
        writer.u32(Self.magic)
        writer.u32(Self.format)
        writer.strings(table.names)
        writer.u32(UInt32(facts.strengths.palette.count))
        for strength in facts.strengths.palette { writer.u64(strength.bitPattern) }
        writer.strings(keys.domainNames)
        writer.u32(UInt32(facts.count))
        writer.lists(facts.terms)
        writer.column(facts.strengths.codes)
        writer.lists(facts.entities)
        writer.lists(facts.ancestors)
        writer.lists(facts.predicateTerms)
        writer.column(facts.subjects)
        writer.column(facts.objects)
        writer.column(rowIDs)
        writer.column(keys.idRanks)
        writer.column(keys.domains)
        writer.column(keys.years.first)
        writer.column(keys.years.last)
        writer.postings(postings.terms, carrying: true)
        writer.postings(postings.entities)
        writer.postings(postings.ancestors)
        writer.column(predicates.group)
        writer.u32(UInt32(predicates.terms.count))
        writer.lists(predicates.terms)
        for table in [passages.terms, passages.entities, passages.years] { writer.strings(table.names) }
        writer.u32(UInt32(passages.count))
        writer.column(passageIDs)
        writer.column(passages.orderRanks)
        writer.lists(passages.sentenceTerms)
        writer.lists(passages.sentenceEntities)
        writer.lists(passages.sentenceYears)
        writer.postings(passages.termPostings)
        writer.postings(passages.entityPostings)
    }

    /// Readings made from texts: the postings and predicate groups are made from them.
    init(
        table: InternTable, facts: ProfileColumns, keys: FactTraits.Keys, rowIDs: [Int64], passages: PassageIndex.Readings,
        passageIDs: [Int64]
    ) {
        self.init(
            table: table, facts: facts, keys: keys, rowIDs: Column(rowIDs),
            postings: FactPostings(profiles: facts, idCount: table.count), predicates: PredicateGroups(facts),
            passages: passages, passageIDs: Column(passageIDs))
    }

    private init(
        table: InternTable, facts: ProfileColumns, keys: FactTraits.Keys, rowIDs: Column<Int64>, postings: FactPostings,
        predicates: PredicateGroups, passages: PassageIndex.Readings, passageIDs: Column<Int64>
    ) {
        self.table = table
        self.facts = facts
        self.keys = keys
        self.rowIDs = rowIDs
        self.postings = postings
        self.predicates = predicates
        self.passages = passages
        self.passageIDs = passageIDs
    }

    /// The readings an image holds for `factCount` facts and `passages` sentences; nil
    /// when it is of another layout, damaged, or made for other counts.
    init?(image: [UInt8], factCount: Int, passages: Int) {
        self.init(image: image.withUnsafeBytes { MappedImage(copying: $0) }, factCount: factCount, passages: passages)
    }

    /// The readings of an image's bytes, read in place (the columns keep `image` alive),
    /// as ``init(image:factCount:passages:)`` reads them.
    init?(image: MappedImage, factCount: Int, passages: Int) {
        var reader = ImageReader(image)
        guard var decoded = Self.read(&reader, factCount: factCount, passages: passages), reader.isAtEnd else { return nil }
        decoded.damage = reader.damage
        self = decoded
    }

    private static func read(_ reader: inout ImageReader, factCount: Int, passages: Int) -> InternedReadings? {
        guard reader.u32() == Self.magic, reader.u32() == Self.format, let table = Self.table(&reader),
              let paletteCount = reader.count(each: 8), paletteCount <= 256 else { return nil }
        var palette: [Double] = []
        for _ in 0..<paletteCount {
            guard let bits = reader.u64() else { return nil }
            palette.append(Double(bitPattern: bits))
        }
        let bound = table.count
        guard let domainNames = reader.strings(), Set(domainNames).count == domainNames.count,
              reader.u32().map(Int.init) == factCount,
              let terms = reader.lists(factCount, below: bound), let codes: Column<UInt8> = reader.column(terms.ids.count),
              let entities = reader.lists(factCount, below: bound), let ancestors = reader.lists(factCount, below: bound),
              let predicateTerms = reader.lists(factCount, below: bound),
              let subjects = reader.column(factCount, below: bound), let objects = reader.column(factCount, below: bound, except: -1),
              let rowIDs: Column<Int64> = reader.column(factCount),
              let ranks = reader.column(factCount, below: factCount),
              let domains = reader.column(factCount, below: domainNames.count),
              let first: Column<Int64> = reader.column(factCount), let last: Column<Int64> = reader.column(factCount),
              let termPostings = reader.postings(idBound: bound, below: factCount, palette: palette),
              termPostings.facts.count == terms.ids.count,
              let entityPostings = reader.postings(idBound: bound, below: factCount),
              entityPostings.facts.count == entities.ids.count,
              let ancestorPostings = reader.postings(idBound: bound, below: factCount),
              ancestorPostings.facts.count == ancestors.ids.count,
              let group: Column<Int32> = reader.column(factCount), let groupCount = reader.count(each: 4),
              groupCount > 0 ? group.allLie(in: 0...Int32(clamping: groupCount - 1)) : group.isEmpty, let groups = reader.lists(groupCount, below: bound)
        else { return nil }
        let facts = ProfileColumns(
            terms: terms, strengths: StrengthColumn(codes: codes, palette: palette, damage: reader.damage), entities: entities,
            ancestors: ancestors,
            predicateTerms: predicateTerms, subjects: subjects, objects: objects)
        let keys = FactTraits.Keys(
            years: YearColumn(first: first, last: last), domains: domains, domainNames: domainNames, idRanks: ranks)
        guard let sentenceTerms = Self.table(&reader), let sentenceEntities = Self.table(&reader), let years = Self.table(&reader),
              reader.count(each: 12) == passages, let ids: Column<Int64> = reader.column(passages),
              let orderRanks = reader.column(passages, below: passages),
              let termLists = reader.lists(passages, below: sentenceTerms.count),
              let entityLists = reader.lists(passages, below: sentenceEntities.count),
              let yearLists = reader.lists(passages, below: years.count),
              let sentenceTermPostings = reader.postings(idBound: sentenceTerms.count, below: passages),
              sentenceTermPostings.facts.count == termLists.ids.count,
              let sentenceEntityPostings = reader.postings(idBound: sentenceEntities.count, below: passages),
              sentenceEntityPostings.facts.count == entityLists.ids.count
        else { return nil }
        let readings = PassageIndex.Readings(
            terms: sentenceTerms, entities: sentenceEntities, years: years, sentenceTerms: termLists,
            sentenceEntities: entityLists, sentenceYears: yearLists, orderRanks: orderRanks,
            termPostings: sentenceTermPostings, entityPostings: sentenceEntityPostings)
        return InternedReadings(
            table: table, facts: facts, keys: keys, rowIDs: rowIDs,
            postings: FactPostings(terms: termPostings, entities: entityPostings, ancestors: ancestorPostings, factCount: factCount),
            predicates: PredicateGroups(group: group, terms: groups), passages: readings, passageIDs: ids)
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
