/// A plugin that answers questions from the shared fact store.
///
/// The dispatcher hands every analysed question to every registered answerer. An
/// answerer reads the store through ``FactQuery`` and returns bids: one per reading of
/// the question it can answer, or none. The best bid at or over the dispatcher's
/// threshold answers; a wrong answer is worse than none, so bid low when unsure.
///
/// Rules an implementation keeps:
/// - `bid(for:in:)` has no side effects and may be called concurrently.
/// - Every bid's answer cites at least one source the store holds; the dispatcher drops
///   a bid that cites none, or whose confidence is outside 0...1.
/// - Confidence means the same across answerers (``Confidence``): computed from the
///   evidence (``Confidence/Evidence``), 0.9 and up when the facts state exactly what was
///   asked, from ``Confidence/threshold`` when they answer it with some reading, under it
///   when they are only related; never set relative to another answerer's bid.
///
/// Test an answerer with the `DossierTesting` library: build a store from facts written
/// as literals and `ask` questions through the real analyzer and dispatcher.
public protocol Answerer: Sendable {
    /// Short lowercase name, unique among answerers (`"timeline"`).
    var name: String { get }
    /// The answerer's version, shown by `dossier plugins`.
    var version: String { get }
    /// One line on what it answers.
    var summary: String { get }
    /// Questions it should win; `dossier eval` checks that it does.
    var exampleQuestions: [String] { get }
    /// The predicate domains (the part of a predicate before its first dot) it answers
    /// from. The dispatcher tells every answerer the union of all answerers' domains
    /// (``FactQuery/claimedDomains``), so one that answers what nobody claims can
    /// compute its share instead of keeping a list of the others'.
    var domains: Set<String> { get }
    /// Roles of the fact model that its questions ask for by a concept of their own, role
    /// to concept as the lexicon names it: `["topic": "discuss"]` says a fact with a
    /// `topic` answers "what did they discuss" whatever its words. The engine joins every
    /// answerer's before it builds the index, which gives each fact filling such a role
    /// that concept as a stated term, for every answerer alike.
    var roleConcepts: [String: String] { get }

    /// Returns the answerer's bids for a question: none when it cannot answer.
    func bid(for question: Question, in facts: any FactQuery) async throws -> [Bid]
}

extension Answerer {
    /// Version `1.0` unless the answerer says otherwise.
    public var version: String { "1.0" }
    /// No summary unless the answerer gives one.
    public var summary: String { "" }
    /// No example questions unless the answerer gives some.
    public var exampleQuestions: [String] { [] }
    /// No declared domains unless the answerer gives some.
    public var domains: Set<String> { [] }
    /// No roles asked for by a concept unless the answerer names some.
    public var roleConcepts: [String: String] { [:] }
}
