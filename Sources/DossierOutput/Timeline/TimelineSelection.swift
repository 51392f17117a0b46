public import DossierKit
import DossierLanguage

/// Which events a timeline shows: all dated facts, or those about one entity, within
/// an optional range of years; events from different sources that give one happening
/// different dates are linked to each other.
public struct TimelineSelection: Sendable, Hashable {
    /// Only facts involving this entity, when set.
    public var entity: Entity?
    /// Only events reaching this year or later.
    public var from: Int?
    /// Only events reaching back to this year or earlier.
    public var to: Int?

    /// Creates a selection.
    public init(entity: Entity? = nil, from: Int? = nil, to: Int? = nil) {
        self.entity = entity
        self.from = from
        self.to = to
    }

    /// The entity a user means by `name`: its id, name or an alias, in any case and with
    /// or without accents; nil when none is called so.
    public static func entity(named name: String, in entities: [Entity]) -> Entity? {
        let key = TextFolding.fold(name.trimmingSpaces())
        return entities.first { entity in
            ([entity.id, entity.name] + entity.aliases).contains { TextFolding.fold($0) == key }
        }
    }

    /// The selected events, oldest first (then by id, so the order is stable).
    public func events(in store: any FactQuery) -> [TimelineEvent] {
        let facts = entity.map { store.facts(about: $0.id) } ?? store.facts
        let years = (from ?? Int.min / 2)...(to ?? Int.max / 2)
        let dated = facts.filter { fact in fact.time.map { Self.reaches($0, years) } ?? false }
        var events = dated.compactMap(TimelineEvent.init(fact:))
        let conflicts = Self.conflicts(among: dated)
        for index in events.indices { events[index].conflicts = conflicts[events[index].id] ?? [] }
        return events.sorted { $0.time < $1.time || (!($1.time < $0.time) && $0.id < $1.id) }
    }

    /// True when a time falls in the years: it shares a year with them, or, open at one
    /// end, its known year lies in them (an open end says nothing about the years beyond).
    static func reaches(_ time: TimeValue, _ years: ClosedRange<Int>) -> Bool {
        switch (time.from, time.to) {
        case (nil, let to?) where time.precision == .span: years.contains(to)
        case (let from?, nil) where time.precision == .span: years.contains(from)
        default: time.overlaps(years)
        }
    }

    /// What was asked for, in words: "about Russia from 1990 to 2010".
    public var phrase: String {
        var parts: [String] = []
        if let entity { parts.append("about \(entity.name)") }
        switch (from, to) {
        case let (a?, b?): parts.append("from \(a) to \(b)")
        case let (a?, nil): parts.append("from \(a) on")
        case let (nil, b?): parts.append("up to \(b)")
        case (nil, nil): break
        }
        return parts.joined(separator: " ")
    }

    /// What to say when nothing is selected, and what to try instead.
    public var emptyMessage: String {
        let what = phrase.isEmpty ? "" : " " + phrase
        let hint = from != nil || to != nil ? "widen --from/--to" : entity != nil ? "try another entity or none" : "ingest a document with dated events"
        return "no dated events\(what) in the store; \(hint)"
    }

    /// Facts that state one happening (same subject, predicate and object) with dates
    /// that do not nest, from sources that do not overlap, keyed by fact id. A predicate
    /// without an action (a bare `event`) or a fact without an object says only that
    /// something happened, not what, so it is never taken for the same happening.
    static func conflicts(among facts: [Fact]) -> [String: [String]] {
        var groups: [String: [Fact]] = [:]
        for fact in facts where fact.predicate.contains(".") {
            guard let object = fact.object else { continue }
            groups["\(fact.subject)|\(fact.predicate)|\(object)", default: []].append(fact)
        }
        var out: [String: [String]] = [:]
        for group in groups.values where group.count > 1 {
            for a in group {
                for b in group where a.id != b.id && disagree(a, b) {
                    out[a.id, default: []].append(b.id)
                }
            }
        }
        return out.mapValues { $0.sorted() }
    }

    private static func disagree(_ a: Fact, _ b: Fact) -> Bool {
        guard let x = TimelineEvent(fact: a)?.extent, let y = TimelineEvent(fact: b)?.extent, a.time != b.time else { return false }
        guard Set(a.citations.map(\.source)).isDisjoint(with: b.citations.map(\.source)) else { return false }
        let (xs, xe) = (x.start ?? -.infinity, x.end ?? .infinity)
        let (ys, ye) = (y.start ?? -.infinity, y.end ?? .infinity)
        let nested = (xs <= ys && ye <= xe) || (ys <= xs && xe <= ye)
        return !nested
    }
}
