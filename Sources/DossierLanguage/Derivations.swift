/// Words WordNet 3.0 links as derivationally related: a verb and the nouns made from it
/// ("visit" -> visitor, visitant, visitation; "elect" -> election, elector), with the nouns
/// that name a person marked as agents.
///
/// Words are expected folded and in their base form (see ``Morphology``).
public struct Derivations: Sendable {
    /// How a noun relates to its verb.
    public enum Kind: String, Sendable, Hashable {
        /// The noun names who does it ("visitor", "seller").
        case agent
        /// The act, its result or another relation ("visitation", "election").
        case other
    }

    /// A related word and how it relates.
    public struct Related: Hashable, Sendable {
        public var word: String
        public var kind: Kind

        public init(word: String, kind: Kind) {
            self.word = word
            self.kind = kind
        }
    }

    private let nounsByVerb: [String: [Related]]
    private let verbsByNoun: [String: [Related]]

    /// WordNet's verb-noun derivations, compiled into the binary; read on first use.
    public static let wordNet = Derivations(PackageResources.derivations_tsv)

    init(_ bytes: [UInt8]) {
        var nouns: [String: [Related]] = [:]
        var verbs: [String: [Related]] = [:]
        for row in LanguageTable.rows(bytes) where row.count == 3 {
            let verb = String(row[0]), noun = String(row[1])
            let kind: Kind = row[2] == "agent" ? .agent : .other
            nouns[verb, default: []].append(Related(word: noun, kind: kind))
            verbs[noun, default: []].append(Related(word: verb, kind: kind))
        }
        nounsByVerb = nouns
        verbsByNoun = verbs
    }

    /// The nouns derived from a verb ("visit" -> visitant, visitation, visitor).
    public func nouns(of verb: String) -> [Related] { nounsByVerb[verb] ?? [] }

    /// The verbs a noun derives from ("visitor" -> visit; "election" -> elect).
    public func verbs(of noun: String) -> [Related] { verbsByNoun[noun] ?? [] }

    /// The person nouns of a verb: who does it ("visit" -> visitant, visitor).
    public func agents(of verb: String) -> [String] {
        nouns(of: verb).filter { $0.kind == .agent }.map(\.word)
    }

    /// Every word related to this one either way, without the word itself.
    public func related(to word: String) -> Set<String> {
        Set((nouns(of: word) + verbs(of: word)).map(\.word)).subtracting([word])
    }
}
