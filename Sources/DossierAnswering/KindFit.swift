public import DossierKit

/// How well a fact suits the kind of answer a question wants: a date for "when", a reason
/// for "why", a person for "who", a figure for "how much".
public enum KindFit {
    /// A factor from 0 to 1 to multiply a match's score by, with a word on why. A "who"
    /// question wants a person it does not already name.
    public static func factor(of fact: Fact, for question: Question, in facts: any FactQuery) -> (Double, String) {
        let has = { (roles: [String]) in roles.contains { fact.qualifiers[$0]?.isEmpty == false } }
        switch question.kind {
        case .when:
            guard let time = fact.time else { return (0.45, "the fact has no date") }
            // "Until 2007" says how long something lasted, not when it began.
            return time.from == nil ? (0.5, "the fact gives only an end date") : (1, "dated")
        case .why:
            return has(["reason", "purpose", "result"]) ? (1, "gives a reason") : (0.5, "the fact gives no reason")
        case .where:
            let placed = has(["place"]) || fact.allEntities.contains { ["city", "place"].contains(facts.entity($0)?.kind) }
            return placed ? (1, "names a place") : (0.55, "the fact names no place")
        case .who:
            let asked = Set(question.entityIDs)
            let person = fact.allEntities.contains { !asked.contains($0) && facts.entity($0)?.isPerson == true }
                || has(["person", "members"])
            return person ? (1, "names a person") : (0.6, "the fact names no person besides those asked about")
        case .howMuch, .howMany:
            let figure = has(["amount", "ratio", "members", "duration"]) || fact.statement.contains(where: \.isNumber)
            return figure ? (1, "gives a figure") : (0.3, "the fact gives no figure")
        case .howLong:
            return has(["duration"]) ? (1, "gives a duration") : (0.5, "the fact gives no duration")
        case .compare:
            return has(["ratio", "amount"]) ? (1, "gives a comparison") : (0.75, "the fact gives no figure to compare")
        default:
            return (1, "")
        }
    }
}
