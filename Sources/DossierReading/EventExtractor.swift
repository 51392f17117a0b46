public import DossierKit
import DossierLanguage

/// Turns the dated sentences of a document into `event` facts for the timeline.
///
/// Each date a sentence states (see ``DateMentions``) gives one fact: subject the first
/// entity the sentence names (else the first its title names, else the source), the
/// other entities as participants, the time at the precision written, and a statement
/// that says where the event is told rather than copying the sentence; the citation's
/// quote carries the sentence itself. No date is ever inferred from context.
public struct EventExtractor: Sendable {
    private let matcher: EntityMatcher
    private let names: [String: String]

    /// Creates an extractor that recognises these entities.
    public init(entities: [Entity]) {
        matcher = EntityMatcher(entities: entities)
        names = Dictionary(entities.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    }

    /// Every dated event the document states, in document order.
    public func events(source: Source, passages: [Passage]) -> [Fact] {
        let fallback = matcher.matches(in: TextFolding.tokens(source.title)).first?.entity ?? source.id
        var facts: [Fact] = []
        for passage in passages {
            let times = DateMentions.times(in: passage.text)
            guard !times.isEmpty else { continue }
            var seen = Set<String>()
            let named = matcher.matches(in: TextFolding.tokens(passage.text)).map(\.entity).filter { seen.insert($0).inserted }
            let subject = named.first ?? fallback
            let others = Array(named.dropFirst())
            for time in times {
                facts.append(Fact(
                    id: "event-\(source.id)-\(Self.slug(passage.section))-p\(passage.paragraph)-s\(passage.sentence)-\(Self.slug(time.text))",
                    subject: subject, predicate: "event", entities: others, time: time,
                    statement: statement(time: time, passage: passage, entities: named),
                    keywords: "event happened",
                    citations: [passage.citation]))
            }
        }
        return facts
    }

    /// Drops events a fact already in the store tells: one citing the same paragraph
    /// with a time that overlaps the event's.
    public static func unseen(_ events: [Fact], besides facts: [Fact]) -> [Fact] {
        var known: [String: [TimeValue]] = [:]
        for fact in facts where fact.predicate != "event" || !fact.id.hasPrefix("event-") {
            guard let time = fact.time else { continue }
            for citation in fact.citations { known[key(citation), default: []].append(time) }
        }
        return events.filter { event in
            guard let time = event.time, let citation = event.citations.first else { return true }
            return !(known[key(citation)] ?? []).contains { $0.years.overlaps(time.years) }
        }
    }

    private static func key(_ citation: Citation) -> String {
        "\(citation.source)|\(citation.section)|\(citation.paragraph)"
    }

    private func statement(time: TimeValue, passage: Passage, entities: [String]) -> String {
        var text = "Event dated \(time.label) in \(passage.title), \(passage.section), paragraph \(passage.paragraph)"
        let shown = entities.prefix(4).map { names[$0] ?? $0 }
        if !shown.isEmpty { text += "; it names " + Self.list(shown) }
        return text + "."
    }

    private static func list(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    static func slug(_ text: String) -> String {
        let words = TextFolding.words(text)
        return words.isEmpty ? "x" : words.joined(separator: "-")
    }
}
