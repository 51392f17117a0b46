public import DossierKit

/// Sources that disagree on a value: two facts of the same event (same subject, predicate
/// and object) from different sources giving a different date, count or amount. The answer
/// shows every version side by side, each with its source and the source's date, rather
/// than picking one; newest source first when the question asks about now ("how many
/// countries recognise it today"), oldest first otherwise.
public struct SourceConflict: Sendable, Hashable {
    /// The facts that disagree, in the order shown.
    public var facts: [Fact]

    /// Words that make a question ask about the present state of things.
    public static let presentWords: Set<String> = ["now", "currently", "current", "today", "still", "nowadays", "presently", "latest"]

    /// The disagreement among `facts` about one event, or nil when they agree or come from
    /// one source only.
    public init?(among facts: [Fact], for question: Question, in store: any FactQuery) {
        guard let first = facts.first else { return nil }
        // Different goods or places are different items of a list, not versions of one value.
        let same = facts.filter { Self.event(of: $0) == Self.event(of: first) }
        let sources = Set(same.compactMap(\.citations.first?.source))
        guard sources.count > 1, Self.disagree(same) else { return nil }
        // One version per source and value: two sentences of one source saying the same count once.
        var seen = Set<String>()
        let versions = same.filter { seen.insert(($0.citations.first?.source ?? "") + "|" + Self.value(of: $0)).inserted }
        let published = { (fact: Fact) in fact.citations.first.flatMap { store.source($0.source)?.published } ?? "" }
        let newestFirst = Self.asksAboutNow(question)
        self.facts = versions.enumerated().sorted { a, b in
            let (x, y) = (published(a.element), published(b.element))
            if x == y { return a.offset < b.offset }
            return newestFirst ? x > y : x < y
        }.map(\.element)
    }

    /// True when the question asks how things stand now.
    public static func asksAboutNow(_ question: Question) -> Bool {
        LowercaseWords.of(question.text).contains(where: presentWords.contains)
    }

    /// What makes two facts one event: subject, predicate, object, goods and place.
    static func event(of fact: Fact) -> [String] {
        [fact.subject, fact.predicate, fact.object ?? "", fact.qualifiers["goods"] ?? "", fact.qualifiers["place"] ?? ""]
    }

    /// True when two of the facts cannot both be right: a date one cannot hold the other
    /// ("2007" holds "2 July 2007", "the 1960s" holds 1962: less precise, not different), or
    /// another amount. A fact that leaves a value unsaid agrees with any.
    static func disagree(_ facts: [Fact]) -> Bool {
        facts.indices.contains { i in
            facts[(i + 1)...].contains { !datesAgree(facts[i].time, $0.time) || !amountsAgree(facts[i], $0) }
        }
    }

    static func datesAgree(_ a: TimeValue?, _ b: TimeValue?) -> Bool {
        guard let a, let b else { return true }
        if a.text.hasPrefix(b.text) || b.text.hasPrefix(a.text) { return true }
        let wide: Set<TimeValue.Precision> = [.decade, .span]
        return (wide.contains(a.precision) || wide.contains(b.precision)) && a.years.overlaps(b.years)
    }

    static func amountsAgree(_ a: Fact, _ b: Fact) -> Bool {
        guard let x = a.qualifiers["amount"], let y = b.qualifiers["amount"] else { return true }
        return x == y
    }

    /// What the sources disagree on: the fact's date and amount.
    static func value(of fact: Fact) -> String {
        [fact.time?.label ?? "", fact.qualifiers["amount"] ?? ""].joined(separator: "|")
    }

    /// "Sources differ. Source A (2019): ... Source B (2021): ...".
    public func text(in store: any FactQuery) -> String {
        let versions = facts.map { fact -> String in
            let source = fact.citations.first.flatMap { store.source($0.source) }
            let label = [source?.title ?? fact.citations.first?.title, source?.published].compactMap { $0 }.joined(separator: ", ")
            return "According to \(label): \(ClaimSentence.text(of: fact, in: store))"
        }
        return "The sources differ. " + versions.joined(separator: " ")
    }
}
