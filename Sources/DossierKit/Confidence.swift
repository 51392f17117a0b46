/// What a bid's confidence means, the same for every answerer.
///
/// - 0.9 and up: the facts state exactly what was asked, every entity in its role.
/// - ``threshold`` to 0.9: they answer it with some reading (a synonym, a related place).
/// - Under ``threshold``: only related; shown by `:why`, never answered.
///
/// A confidence is computed from the evidence, never chosen to beat another answerer:
/// it is the product of the five fits of ``Evidence``, each 1 when the evidence says
/// exactly what the question asks and less for each way it falls short. Two answerers
/// holding the same evidence give the same confidence. The index's relevance score
/// (``FactMatch/score``) is the product of the first four, as its scorer documents
/// factor by factor; answerers add the kind fit.
///
/// The threshold is defined here once; the dispatcher answers with the best bid at or
/// over it, and answerers compare their own readings with it, never with another
/// answerer's bid.
public enum Confidence {
    /// The lowest confidence that answers.
    public static let threshold = 0.5

    /// The role fit of a sentence whose roles were not read (a passage quoted for its
    /// words): everything the question names may stand in it, but nothing says in which
    /// role, so it answers only when it holds every word, name and year, and no read
    /// claim does better.
    public static let unreadRoles = 0.55

    /// What a confidence is made of, each part from 0 to 1.
    public struct Evidence: Sendable, Hashable {
        /// Share of the question's terms, weighted by rarity, the answer explains.
        public var terms: Double
        /// How the question's entities appear: each named (1), only through a place it
        /// lies in or contains (less), or missing (much less).
        public var entities: Double
        /// Whether each entity stands in the role the question gives it: the one acting,
        /// the one acted upon, the place, the speaker.
        public var roles: Double
        /// The answer's time against the years the question asks about: inside or
        /// unconstrained (1), undated (less), outside (much less).
        public var time: Double
        /// Whether the answer is of the kind asked (a date for "when", a reason for
        /// "why") and of the predicate class the question's verb names.
        public var kind: Double

        /// Creates evidence; a part not given fits fully.
        public init(terms: Double = 1, entities: Double = 1, roles: Double = 1, time: Double = 1, kind: Double = 1) {
            self.terms = terms
            self.entities = entities
            self.roles = roles
            self.time = time
            self.kind = kind
        }

        /// True when this evidence explains more of the question than `other`: more of
        /// its terms, then of its entities, then roles, time and kind.
        public func isStronger(than other: Evidence) -> Bool {
            let a = [terms, entities, roles, time, kind], b = [other.terms, other.entities, other.roles, other.time, other.kind]
            return a.lexicographicallyPrecedes(b, by: >)
        }

        /// The confidence the evidence gives: the product of its parts, within 0...1.
        public var confidence: Double {
            let product = terms * entities * roles * time * kind
            return product.isFinite ? min(1, max(0, product)) : 0
        }
    }
}
