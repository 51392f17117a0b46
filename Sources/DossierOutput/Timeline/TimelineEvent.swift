public import DossierKit

/// One dated fact as a timeline shows it: when, what, which lane, and where it is cited.
public struct TimelineEvent: Sendable, Hashable, Identifiable {
    /// The fact's id.
    public var id: String
    /// When it happened, at the precision the source gives.
    public var time: TimeValue
    /// The sentence an answer would show.
    public var statement: String
    /// The lane it is drawn in.
    public var lane: TimelineLane
    /// Where it is cited, with the source's title.
    public var citations: [Citation]
    /// Ids of events that report the same happening with a different date from another
    /// source; both are shown and linked.
    public var conflicts: [String]

    /// Creates an event from a dated fact; nil for a fact without a time.
    public init?(fact: Fact) {
        guard let time = fact.time else { return nil }
        id = fact.id
        self.time = time
        statement = fact.statement
        lane = TimelineLane.of(fact)
        citations = fact.citations
        conflicts = []
    }

    /// Creates an event from its parts (for tests and other stores).
    public init(id: String, time: TimeValue, statement: String, lane: TimelineLane, citations: [Citation], conflicts: [String] = []) {
        self.id = id
        self.time = time
        self.statement = statement
        self.lane = lane
        self.citations = citations
        self.conflicts = conflicts
    }

    /// The first and last instant covered, in fractional years (1945.0 is 1 January 1945):
    /// a day is a point, a month, year or decade a span; an open end is nil.
    public var extent: (start: Double?, end: Double?) {
        let year = Double(time.from ?? 0)
        switch time.precision {
        case .day:
            let point = year + (Double((time.month ?? 1) - 1) + Double((time.day ?? 1) - 1) / 31) / 12
            return (point, point)
        case .month:
            let month = Double((time.month ?? 1) - 1)
            return (year + month / 12, year + (month + 1) / 12)
        case .year:
            return (year, year + 1)
        case .decade:
            let base = Double((time.from ?? 0) / 10 * 10)
            switch time.part {
            case "early": return (base, base + 4)
            case "mid": return (base + 3, base + 7)
            case "late": return (base + 6, base + 10)
            default: return (base, base + 10)
            }
        case .span:
            return (time.from.map(Double.init), time.to.map { Double($0) + 1 })
        }
    }

    /// The date as a label says it: the time's own label ("19 April 1945", "early 1960s"),
    /// and for spans "1991\u{2013}2007", "until 2007" or "from 2007".
    public var dateLabel: String {
        guard time.precision == .span else { return time.label }
        switch (time.from, time.to) {
        case let (a?, b?): return "\(a)\u{2013}\(b)"
        case let (nil, b?): return "until \(b)"
        case let (a?, nil): return "from \(a)"
        case (nil, nil): return time.text
        }
    }

    /// "Title, Section, paragraph N" for each citation, joined.
    public var citationText: String {
        citations.map { "\($0.title) (\($0.source)), \($0.locator)" }.joined(separator: "; ")
    }
}
