public import DossierKit

/// How well a fact suits the kind of answer a question wants: a date for "when", a reason
/// for "why", a person for "who", a figure for "how much".
///
/// It is the kind part of a confidence (``Confidence/Evidence/kind``): 1 when the fact
/// gives what the kind wants, and one of the weights below, what the shortfall costs,
/// when it does not.
public enum KindFit {
    /// "When", against a fact with no date, and with only an end date ("until 2007" says
    /// how long something lasted, not when it began).
    public static let undated = 0.45
    public static let endDateOnly = 0.5
    /// "Why", against a fact that gives no reason, purpose or result.
    public static let noReason = 0.5
    /// "Where", against a fact that names no place.
    public static let noPlace = 0.55
    /// "Who", against a fact naming no person besides those asked about.
    public static let noPerson = 0.6
    /// "How much" or "how many", against a fact that gives no figure.
    public static let noFigure = 0.3
    /// "How long", against a fact that gives no duration: a date says when, not how long,
    /// so even a full match stays under the threshold.
    public static let noDuration = 0.45
    /// "How does A compare with B", against a fact with no figure to compare.
    public static let nothingToCompare = 0.75

    /// The roles a "why" question asks for, with the concept it asks by (the lexicon reads
    /// "why" and "reason" as `reason`): an answerer that takes "why" questions declares
    /// them among its ``Answerer/roleConcepts``.
    public static let reasonRoles = ["reason": "reason", "purpose": "reason"]

    /// A factor from 0 to 1 to multiply a match's score by, with a word on why. A "who"
    /// question wants a person it does not already name.
    public static func factor(of fact: Fact, for question: Question, in facts: any FactQuery) -> (Double, String) {
        let has = { (roles: [String]) in roles.contains { fact.qualifiers[$0]?.isEmpty == false } }
        switch question.kind {
        case .when:
            guard let time = fact.time else { return (undated, "the fact has no date") }
            return time.from == nil ? (endDateOnly, "the fact gives only an end date") : (1, "dated")
        case .why:
            return has(["reason", "purpose", "result"]) ? (1, "gives a reason") : (noReason, "the fact gives no reason")
        case .where:
            let placed = has(["place"]) || fact.allEntities.contains { ["city", "place"].contains(facts.entity($0)?.kind) }
            return placed ? (1, "names a place") : (noPlace, "the fact names no place")
        case .who:
            let asked = Set(question.entityIDs)
            let person = fact.allEntities.contains { !asked.contains($0) && facts.entity($0)?.isPerson == true }
                || has(["person", "members", "companions"])
            return person ? (1, "names a person") : (noPerson, "the fact names no person besides those asked about")
        case .howMuch, .howMany:
            // A claim's statement holds its date: only a number of its sentence that is no
            // part of a date is a figure.
            let written = fact.qualifiers["salience"] == nil
                ? QuoteText.writesNumber(fact.statement) : QuoteText.holdsCount(fact.citations.first?.quote ?? "")
            let figure = has(["amount", "ratio", "members"]) || ClaimDuration.of(fact, asked: question) != nil || written
            return figure ? (1, "gives a figure") : (noFigure, "the fact gives no figure")
        case .howLong:
            // A claim's length of time counts only when its sentence says it of the event.
            return ClaimDuration.of(fact, asked: question) != nil ? (1, "gives a duration") : (noDuration, "the fact gives no duration")
        case .compare:
            return has(["ratio", "amount"]) ? (1, "gives a comparison") : (nothingToCompare, "the fact gives no figure to compare")
        default:
            return (1, "")
        }
    }
}
