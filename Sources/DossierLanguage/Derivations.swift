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
    public static let wordNet = Derivations(agents: PackageResources.agents_tsv, others: PackageResources.derivations_tsv)

    /// The person nouns by verb, looked up in place (``KeyedLines``).
    private static let bundledAgentLines = KeyedLines(PackageResources.agents_tsv, fields: 1)

    /// The person nouns of a verb from the bundled table, for the lexicon to read at
    /// start-up without building ``wordNet``: the same nouns, in the same order, as
    /// `wordNet.agents(of:)`.
    static func bundledAgents(of verb: String) -> [String] {
        bundledAgentLines.rows(matchingKey: Array(verb.utf8)).compactMap { $0.count == 2 ? $0[1] : nil }
    }

    init(agents: [UInt8], others: [UInt8]) {
        var nouns = [String: [Related]](minimumCapacity: 4_000)
        var verbs = [String: [Related]](minimumCapacity: 6_000)
        for (bytes, kind) in [(agents, Kind.agent), (others, .other)] {
            LanguageTable.forEachRow(bytes) { row in
                guard row.count == 2 else { return }
                nouns[row[0], default: []].append(Related(word: row[1], kind: kind))
                verbs[row[1], default: []].append(Related(word: row[0], kind: kind))
            }
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
