/// What kind of answer a question wants.
///
/// A struct with static values rather than an enum, so that a kind added later does not
/// break an answerer that switches over the kinds it knows.
public struct QuestionKind: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The kind's name, as shown by `:why` and in the JSON interpretation.
    public var rawValue: String

    /// Creates a kind from its name.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// "When ...", "what year ...", "on what date ...".
    public static let when = QuestionKind(rawValue: "when")
    /// "Who ...", "which president ...".
    public static let who = QuestionKind(rawValue: "who")
    /// "Where ...".
    public static let `where` = QuestionKind(rawValue: "where")
    /// "Why ...", "for what reason ...".
    public static let why = QuestionKind(rawValue: "why")
    /// "What ...", "which ..." about a thing.
    public static let what = QuestionKind(rawValue: "what")
    /// "How ..." asking for a manner or a change.
    public static let how = QuestionKind(rawValue: "how")
    /// "How many ..." asking for a count.
    public static let howMany = QuestionKind(rawValue: "how-many")
    /// "How much ..." asking for an amount.
    public static let howMuch = QuestionKind(rawValue: "how-much")
    /// "How long ..." or "how many years between ...": a duration.
    public static let howLong = QuestionKind(rawValue: "how-long")
    /// "How does A compare with B ...".
    public static let compare = QuestionKind(rawValue: "compare")
    /// "Which countries ...", "list ...": several items.
    public static let list = QuestionKind(rawValue: "list")
    /// "Did ...", "is ...", "has ...": yes or no.
    public static let yesNo = QuestionKind(rawValue: "yes-no")
    /// None of the above.
    public static let other = QuestionKind(rawValue: "other")

    /// The kind's name.
    public var description: String { rawValue }
}
