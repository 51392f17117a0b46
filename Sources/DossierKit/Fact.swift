/// One statement about entities, close to a Wikidata statement, with its sources.
///
/// `statement` is the sentence an answer shows, written in the project's own words;
/// the structured fields (`predicate`, entities, `qualifiers`, `time`) are what answerers
/// reason over.
public struct Fact: Sendable, Hashable, Codable, Identifiable {
    /// Stable identifier, unique in the store.
    public var id: String
    /// The entity the statement is about.
    public var subject: String
    /// What is said, from a small controlled vocabulary (`"embassy.opened"`); the part
    /// before the first dot names the domain (`"embassy"`, `"trade"`, `"visit"`).
    public var predicate: String
    /// The entity the statement points at, if any.
    public var object: String?
    /// Every other entity the fact involves (places, counterparts, people).
    public var entities: [String]
    /// Role to short text: `place`, `goods`, `amount`, `reason`, `purpose`, ...
    public var qualifiers: [String: String]
    /// When it happened or held, if the sources say.
    public var time: TimeValue?
    /// The sentence shown as an answer.
    public var statement: String
    /// Extra words a question may use for this fact (synonyms, paraphrases).
    public var keywords: String
    /// One or more sources; two sources that disagree give two facts.
    public var citations: [Citation]

    /// Creates a fact.
    public init(
        id: String, subject: String, predicate: String, object: String? = nil,
        entities: [String] = [], qualifiers: [String: String] = [:], time: TimeValue? = nil,
        statement: String, keywords: String = "", citations: [Citation]
    ) {
        self.id = id
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.entities = entities
        self.qualifiers = qualifiers
        self.time = time
        self.statement = statement
        self.keywords = keywords
        self.citations = citations
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
