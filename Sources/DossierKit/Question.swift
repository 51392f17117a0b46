/// A question after analysis: what is asked about, when, and what kind of answer fits.
///
/// The question analyzer fills every field; answerers read them. New analysis results
/// arrive as new fields with defaults, never as new parameters of ``Answerer``.
public struct Question: Sendable, Hashable {
    /// The question as the user typed it, cleaned of control characters.
    public var text: String
    /// What kind of answer fits (`when`, `who`, `why`, ...).
    public var kind: QuestionKind
    /// Entities named in the question, in the order they appear.
    public var entities: [EntityMention]
    /// The time the question restricts itself to, if any.
    public var time: TimeConstraint?
    /// Content words reduced to their concept ("opened", "set up" -> `open`), in order.
    public var terms: [String]
    /// The entities the question is first about: its first entity and any joined to it by
    /// "and" or "or" ("Guatemala and the U.S."), any of which may be a fact's subject.
    public var leadEntities: [String] = []
    /// Entities the question places something in: "in Guatemala", "at the National Palace".
    public var locations: [String] = []
    /// True when an entity the question names is the one acting: "when did Russia open",
    /// "what did Bush discuss"; false in "who accused Russia" or "which Russian university
    /// has", where the interrogative is.
    public var actorIsNamed: Bool = false
    /// True for a passive question ("were they deported", "was it opened"), whose first
    /// entity is then not the one acting.
    public var isPassive: Bool = false
    /// The country a person asked about belongs to, from "which Guatemalan president" or
    /// "a Russian minister"; nil when the question says none.
    public var affiliation: String?
    /// The entity the question attributes what it asks about to: "what did A want,
    /// according to B", "in B's words"; nil when it names no source. A fact stated by
    /// that entity has it as its subject without the roles being swapped.
    public var speaker: String?
    /// The predicates the question's verbs name, in order, read with the same verb
    /// classes as documents (`visit.arrival` for "travel", `statement.said` for
    /// "recall"); empty when it names none.
    public var predicates: [String] = []
    /// For a question about two events ("how many years between A and B"), each event
    /// as a question of its own; empty otherwise.
    public var parts: [Question]

    /// Creates an analysed question.
    public init(
        text: String, kind: QuestionKind = .other, entities: [EntityMention] = [],
        time: TimeConstraint? = nil, terms: [String] = [], parts: [Question] = []
    ) {
        self.text = text
        self.kind = kind
        self.entities = entities
        self.time = time
        self.terms = terms
        self.parts = parts
    }

    /// The ids of the entities named, in order, without repeats.
    public var entityIDs: [String] {
        // A question names a few entities: looking back over those kept costs less than hashing.
        guard entities.count > 8 else {
            var ids: [String] = []
            ids.reserveCapacity(entities.count)
            for mention in entities where !ids.contains(mention.entity) { ids.append(mention.entity) }
            return ids
        }
        var seen = Set<String>()
        return entities.map(\.entity).filter { seen.insert($0).inserted }
    }

    /// True when the question uses the term (a concept or a word stem).
    public func has(_ term: String) -> Bool { terms.contains(term) }
}

/// An entity as named in a question.
public struct EntityMention: Sendable, Hashable {
    /// The entity's id.
    public var entity: String
    /// The words that named it, as typed.
    public var surface: String
    /// Index of the first word that named it.
    public var position: Int

    /// Creates a mention.
    public init(entity: String, surface: String, position: Int) {
        self.entity = entity
        self.surface = surface
        self.position = position
    }
}

/// The years a question restricts itself to: "in 1996", "before 2007", "the early 1960s".
public struct TimeConstraint: Sendable, Hashable {
    /// First year allowed, nil when open towards the past.
    public var from: Int?
    /// Last year allowed, nil when open towards the future.
    public var to: Int?
    /// The words that said it, as typed.
    public var surface: String

    /// Creates a constraint.
    public init(from: Int?, to: Int?, surface: String) {
        self.from = from
        self.to = to
        self.surface = surface
    }

    /// The allowed years, with open ends widened to the edges of recorded time.
    public var years: ClosedRange<Int> { (from ?? Int.min / 2)...(to ?? Int.max / 2) }
}
