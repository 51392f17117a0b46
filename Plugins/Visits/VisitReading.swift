import DossierKit

/// How the visits answerer reads a question before ranking facts: a person said to "go"
/// or "come" somewhere ("when did Putin come to Guatemala?") is making a visit, so the
/// generic motion concept is read as `visit` and the question asks for an arrival.
/// A country or an organisation "going" somewhere is not read so ("where did relations go").
enum VisitReading {
    /// The lexicon's concept of motion, generic in other domains.
    static let motion = "go"
    /// The concept and predicate a person's motion is read as.
    static let visit = "visit"
    static let arrival = "visit.arrival"

    static func read(_ question: Question, in facts: any FactQuery) -> Question {
        guard question.has(motion), let actor = question.leadEntities.first, facts.entity(actor)?.isPerson == true
        else { return question }
        var read = question
        read.terms = question.terms.map { $0 == motion ? visit : $0 }
        if !read.predicates.contains(arrival) && !read.predicates.contains(visit) { read.predicates.append(arrival) }
        return read
    }
}
