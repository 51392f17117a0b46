import DossierKit

/// A ``FactProfile`` with its terms and entities as ids of the index's ``InternTable``:
/// what ``RelevanceScorer`` reads for each candidate fact.
///
/// Every id list is ascending without repeats; the strength at an offset of `strengths` is
/// that of the term at the same offset of `terms` (1 when stated,
/// ``FactProfile/keywordStrength`` when only a keyword). The lists are slices of the
/// columns every profile of an index shares (``ProfileColumns``), so their indices need
/// not start at 0.
struct InternedProfile: Sendable {
    let terms: IDSlice
    let strengths: StrengthSlice
    let entities: IDSlice
    let ancestors: IDSlice
    let predicateTerms: IDSlice
    /// The fact's subject and object.
    let subject: Int32
    let object: Int32?

    /// A profile from its parts, as ``ProfileColumns`` holds them.
    init(
        terms: IDSlice, strengths: StrengthSlice, entities: IDSlice, ancestors: IDSlice, predicateTerms: IDSlice,
        subject: Int32, object: Int32?
    ) {
        self.terms = terms
        self.strengths = strengths
        self.entities = entities
        self.ancestors = ancestors
        self.predicateTerms = predicateTerms
        self.subject = subject
        self.object = object
    }

    /// The profile `profile` of `fact`, interned in `table`.
    init(profile: FactProfile, fact: Fact, table: inout InternTable) {
        self = ProfileColumns([ProfileDraft(profile: profile, fact: fact, table: &table)])[0]
    }

    /// ``ProfileDraft/init(stored:subject:object:chains:table:)``'s profile.
    init?(stored: String, subject: String, object: String?, chains: [String: [String]], table: inout InternTable) {
        guard let draft = ProfileDraft(stored: stored, subject: subject, object: object, chains: chains, table: &table) else {
            return nil
        }
        self = ProfileColumns([draft])[0]
    }

    /// How strongly the fact carries the term `id`; nil when it does not.
    func strength(of id: Int32) -> Double? {
        terms.sortedOffset(of: id).map { strengths[strengths.startIndex + $0] }
    }
}

/// A fact's profile interned, its lists in arrays of its own: what an index is made of
/// before its profiles are laid out in columns (``ProfileColumns``).
struct ProfileDraft: Sendable {
    var terms: [Int32]
    var strengths: [Double]
    var entities: [Int32]
    var ancestors: [Int32]
    var predicateTerms: [Int32]
    var subject: Int32
    var object: Int32?

    init(profile: FactProfile, fact: Fact, table: inout InternTable) {
        var pairs = profile.terms.map { (id: table.intern($0.key), strength: $0.value) }
        pairs.sort { $0.id < $1.id }
        terms = pairs.map(\.id)
        strengths = pairs.map(\.strength)
        entities = table.sortedIDs(profile.entities)
        ancestors = table.sortedIDs(profile.ancestors)
        predicateTerms = table.sortedIDs(profile.predicateTerms)
        subject = table.intern(fact.subject)
        object = fact.object.map { table.intern($0) }
    }

    /// The profile of a fact with `subject` and `object` from its stored reading
    /// (``FactProfile/stored``), interned as it is parsed, with the places `chains` says its
    /// entities lie in; nil when the text is not a stored reading. Equal to interning
    /// ``FactProfile/init(stored:)``'s profile.
    init?(stored: String, subject: String, object: String?, chains: [String: [String]], table: inout InternTable) {
        let lines = StoredFields.lines(stored)
        guard lines.count == 4 else { return nil }
        // A term both stated and listed as a keyword counts as stated.
        var pairs = lines[0].map { (id: table.intern($0), strength: 1.0) }
            + lines[1].map { (id: table.intern($0), strength: FactProfile.keywordStrength) }
        pairs.sort { $0.id < $1.id || ($0.id == $1.id && $0.strength > $1.strength) }
        var terms: [Int32] = [], strengths: [Double] = []
        terms.reserveCapacity(pairs.count)
        strengths.reserveCapacity(pairs.count)
        for pair in pairs where terms.last != pair.id {
            terms.append(pair.id)
            strengths.append(pair.strength)
        }
        self.terms = terms
        self.strengths = strengths
        entities = table.sortedIDs(lines[2])
        ancestors = table.sortedIDs(lines[2].flatMap { chains[$0] ?? [] })
        predicateTerms = table.sortedIDs(lines[3])
        self.subject = table.intern(subject)
        self.object = object.map { table.intern($0) }
    }
}
