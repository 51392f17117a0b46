/// One statement about entities, close to a Wikidata statement, with its sources.
///
/// `statement` is the sentence an answer shows, written in the project's own words;
/// the structured fields (`predicate`, entities, `qualifiers`, `time`) are what answerers
/// reason over.
public struct Fact: Sendable, Hashable, Codable, Identifiable {
    /// The fields, held once and shared by every copy: a fact is copied far more often than
    /// changed (ranked, matched, cited), and a copy then costs one reference instead of one
    /// per string and list. Setting a field makes a new box.
    private var box: FactBox

    /// Stable identifier, unique in the store.
    public var id: String {
        get { box.fields.id }
        set { change { $0.id = newValue } }
    }
    /// The entity the statement is about.
    public var subject: String {
        get { box.fields.subject }
        set { change { $0.subject = newValue } }
    }
    /// What is said, from a small controlled vocabulary (`"embassy.opened"`); the part
    /// before the first dot names the domain (`"embassy"`, `"trade"`, `"visit"`).
    public var predicate: String {
        get { box.fields.predicate }
        set { change { $0.predicate = newValue } }
    }
    /// The entity the statement points at, if any.
    public var object: String? {
        get { box.fields.object }
        set { change { $0.object = newValue } }
    }
    /// Every other entity the fact involves (places, counterparts, people).
    public var entities: [String] {
        get { box.fields.entities }
        set { change { $0.entities = newValue } }
    }
    /// Role to short text: `place`, `goods`, `amount`, `reason`, `purpose`, ...
    public var qualifiers: [String: String] {
        get { box.fields.qualifiers }
        set { change { $0.qualifiers = newValue } }
    }
    /// When it happened or held, if the sources say.
    public var time: TimeValue? {
        get { box.fields.time }
        set { change { $0.time = newValue } }
    }
    /// The sentence shown as an answer.
    public var statement: String {
        get { box.fields.statement }
        set { change { $0.statement = newValue } }
    }
    /// Extra words a question may use for this fact (synonyms, paraphrases).
    public var keywords: String {
        get { box.fields.keywords }
        set { change { $0.keywords = newValue } }
    }
    /// One or more sources; two sources that disagree give two facts.
    public var citations: [Citation] {
        get { box.fields.citations }
        set { change { $0.citations = newValue } }
    }

    /// Creates a fact.
    public init(
        id: String, subject: String, predicate: String, object: String? = nil,
        entities: [String] = [], qualifiers: [String: String] = [:], time: TimeValue? = nil,
        statement: String, keywords: String = "", citations: [Citation]
    ) {
        box = FactBox(FactFields(
            id: id, subject: subject, predicate: predicate, object: object, entities: entities,
            qualifiers: qualifiers, time: time, statement: statement, keywords: keywords, citations: citations))
    }

    public init(from decoder: any Decoder) throws {
        box = FactBox(try FactFields(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try box.fields.encode(to: encoder)
    }

    public static func == (lhs: Fact, rhs: Fact) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    public func hash(into hasher: inout Hasher) {
        box.fields.hash(into: &hasher)
    }

    private mutating func change(_ edit: (inout FactFields) -> Void) {
        var fields = box.fields
        edit(&fields)
        box = FactBox(fields)
    }

    /// The predicate's domain: the part before the first dot.
    public var domain: String { String(decoding: domainBytes, as: UTF8.self) }

    /// The domain of a fact with `predicate` (``domain``).
    public static func domain(of predicate: String) -> String {
        String(decoding: predicate.utf8.prefix { $0 != UInt8(ascii: ".") }, as: UTF8.self)
    }

    /// True when the predicate's domain is one of `domains`; allocates nothing.
    public func isInDomain(of domains: Set<String>) -> Bool {
        let compared = predicate.utf8.withContiguousStorageIfAvailable { predicate in
            let part = UnsafeBufferPointer(rebasing: predicate[..<(predicate.firstIndex(of: UInt8(ascii: ".")) ?? predicate.count)])
            return domains.contains { domain in
                domain.utf8.count == part.count
                    && (domain.utf8.withContiguousStorageIfAvailable { $0.elementsEqual(part) } ?? domain.utf8.elementsEqual(part))
            }
        }
        if let compared { return compared }
        let part = domainBytes
        return domains.contains { $0.utf8.elementsEqual(part) }
    }

    private var domainBytes: Substring.UTF8View.SubSequence {
        predicate.utf8.prefix { $0 != UInt8(ascii: ".") }
    }

    /// Subject, object and every other involved entity, without repeats.
    public var allEntities: [String] {
        // A fact involves a few entities: looking back over those kept costs less than hashing.
        if entities.count < 8 {
            var all = [subject]
            all.reserveCapacity(entities.count + 2)
            for entity in (object.map { [$0] } ?? []) + entities where !all.contains(entity) { all.append(entity) }
            return all
        }
        var seen = Set<String>()
        return ([subject] + (object.map { [$0] } ?? []) + entities).filter { seen.insert($0).inserted }
    }
}

/// A fact's fields, as they are encoded (the keys are the properties' names).
private struct FactFields: Sendable, Hashable, Codable {
    var id: String
    var subject: String
    var predicate: String
    var object: String?
    var entities: [String]
    var qualifiers: [String: String]
    var time: TimeValue?
    var statement: String
    var keywords: String
    var citations: [Citation]
}

/// The fields of one fact, never changed once made, so every copy of the fact may share them.
private final class FactBox: Sendable {
    let fields: FactFields
    init(_ fields: FactFields) { self.fields = fields }
}
