import DossierKit

/// The reading of "what programmes has X supported?": the best-matching fact, joined by
/// the other facts with the same subject and object that match at least half as well,
/// so the answer names each programme (language courses, academic exchanges) rather
/// than only the general statement of interest.
struct ProgrammeListing {
    /// The facts joined, best first.
    let facts: [Fact]

    /// The reading, or nil when the question does not ask for programmes.
    init?(question: Question, ranked: [FactMatch], maximum: Int = 4) {
        guard question.has("program"), [.what, .list, .other].contains(question.kind), let best = ranked.first else {
            return nil
        }
        let joined = ranked.filter {
            $0.fact.subject == best.fact.subject && $0.fact.object == best.fact.object && $0.score >= best.score / 2
        }
        guard joined.count > 1 else { return nil }
        facts = joined.prefix(maximum).map(\.fact)
    }

    /// The facts' statements, one after another.
    var text: String { facts.map(\.statement).joined(separator: " ") }
}
