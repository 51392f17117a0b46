@testable import DossierIndex
import DossierKit
import DossierLanguage
import Foundation
import Testing

/// Ranking scores a question's candidates lazily, best bound first, and stops once no
/// unscored fact could enter what was asked for: for every limit and filter it gives what
/// scoring every fact and sorting gives, alone or shared through a ``QuestionView``.
struct LazyRankingTests {
    private static let entities = [
        Entity(id: "alba", name: "Alba", kind: "country"),
        Entity(id: "borea", name: "Borea", kind: "country"),
        Entity(id: "cadia", name: "Cadia", kind: "country"),
        Entity(id: "alba-city", name: "Alba City", kind: "city", partOf: "alba"),
        Entity(id: "port-borea", name: "Port Borea", kind: "city", partOf: "borea"),
        Entity(id: "ines-vale", name: "Ines Vale", kind: "person", partOf: "alba"),
        Entity(id: "odo-karr", name: "Odo Karr", kind: "person", partOf: "borea"),
    ]

    /// Facts of every kind the fixture's templates make, over every pairing of actor and
    /// place, some undated, some with keywords only.
    private static let facts: [Fact] = (0..<160).map { number in
        let actors = ["alba", "borea", "cadia", "ines-vale", "odo-karr"]
        let places = ["alba-city", "port-borea", "cadia", "borea", "alba"]
        let names = Dictionary(uniqueKeysWithValues: entities.map { ($0.id, $0.name) })
        let subject = actors[number % actors.count], object = places[(number / 5) % places.count]
        let (predicate, statement): (String, String) = switch number % 6 {
        case 0: ("visit", "\(names[subject]!) visited \(names[object]!) to talk about coffee.")
        case 1: ("diplomacy.embassy", "\(names[subject]!) opened an embassy in \(names[object]!).")
        case 2: ("trade.export", "\(names[subject]!) exported sugar and coffee to \(names[object]!).")
        case 3: ("statement.said", "\(names[subject]!) said relations with \(names[object]!) were warm.")
        case 4: ("cooperation", "\(names[subject]!) and \(names[object]!) signed a treaty on fishing.")
        default: ("relation", "Relations between \(names[subject]!) and \(names[object]!) began.")
        }
        return Fact(
            id: "f\(String(format: "%03d", (number * 37) % 160))", subject: subject, predicate: predicate, object: object,
            time: number % 4 == 0 ? nil : TimeValue("\(1990 + number % 23)"), statement: statement,
            keywords: number % 3 == 0 ? "imports visit" : "", citations: [])
    }

    private static let index = FactIndex(facts: facts, entities: entities, sources: [])

    /// Questions read with the index's reader, with and without entities and years.
    private static let questions: [Question] = {
        let texts = [
            "When did Alba open an embassy in Port Borea?", "Who visited Alba City?", "What did Odo Karr say about relations?",
            "coffee exports from Borea to Alba", "What happened in 1995?", "relations", "treaty on fishing with Cadia",
            "Did Ines Vale visit Borea in 2001?", "imports", "Alba Borea Cadia", "What did the moon export?",
        ]
        return texts.enumerated().map { number, text in
            let reading = index.reader.read(text)
            var question = Question(
                text: text, kind: number % 2 == 0 ? .when : .who,
                entities: reading.entities.map { EntityMention(entity: $0.entity, surface: text, position: $0.range.lowerBound) },
                time: text.contains("1995") ? TimeConstraint(from: 1995, to: 1995, surface: "in 1995")
                    : text.contains("2001") ? TimeConstraint(from: 2001, to: 2001, surface: "in 2001") : nil,
                terms: reading.terms.map(\.term))
            question.leadEntities = Array(question.entityIDs.prefix(1))
            question.actorIsNamed = number % 3 == 0
            return question
        }
    }()

    private static let filters: [(name: String, include: @Sendable (Fact) -> Bool)] = [
        ("every fact", { _ in true }),
        ("dated", { $0.time != nil }),
        ("visits", { $0.predicate == "visit" }),
        ("none", { _ in false }),
        ("odd ids", { Int($0.id.dropFirst())! % 2 == 1 }),
    ]

    @Test func someQuestionsMatchMany() {
        #expect(Self.questions.contains { Self.index.exhaustiveMatches(for: $0).count > 40 })
        let unmatched = Self.questions.filter { Self.index.exhaustiveMatches(for: $0).isEmpty }.map(\.text)
        #expect(unmatched == ["What happened in 1995?"])  // no fact says "happen"
    }

    private static let domainFilters: [DomainFilter] = [
        .every, DomainFilter(["visit", "trade"]), DomainFilter(["visit", "relation"], excluding: true), DomainFilter(["none"]),
    ]

    @Test(arguments: [1, 2, 3, 7, 40, Int.max])
    func eachRequestGivesTheExhaustiveRanking(limit: Int) {
        for question in Self.questions {
            let reference = Self.index.exhaustiveMatches(for: question)
            for filter in Self.filters {
                let expected = Array(reference.filter { filter.include($0.fact) }.prefix(limit))
                let got = Self.index.relevant(to: question, limit: limit, where: filter.include)
                #expect(got == expected, "\(question.text), \(filter.name), limit \(limit)")
                for domains in Self.domainFilters {
                    let expected = Array(reference.filter { domains.admits($0.fact) && filter.include($0.fact) }.prefix(limit))
                    let got = Self.index.relevant(to: question, limit: limit, in: domains, where: filter.include)
                    #expect(got == expected, "\(question.text), \(filter.name), \(domains), limit \(limit)")
                }
            }
        }
    }

    @Test func aSharedViewGivesTheSameWhateverWasAskedBefore() {
        for question in Self.questions {
            let reference = Self.index.exhaustiveMatches(for: question)
            let view = QuestionView(index: Self.index, question: question)
            for (step, limit) in [3, 1, 40, 2, 5, 100, 1].enumerated() {
                let filter = Self.filters[step % Self.filters.count]
                let domains = Self.domainFilters[step % Self.domainFilters.count]
                let expected = Array(reference.filter { domains.admits($0.fact) && filter.include($0.fact) }.prefix(limit))
                let got = view.relevant(to: question, limit: limit, in: domains, where: filter.include)
                #expect(got == expected, "\(question.text), step \(step)")
            }
        }
    }

    @Test(arguments: [1, 3, 10, 100])
    func bestFewKeepsTheSortedPrefix(limit: Int) {
        let values = (0..<60).map { ($0 * 37) % 23 }
        var best = BestFew<Int>(limit: limit, by: >)
        for value in values { best.offer(value) }
        #expect(best.values == Array(values.sorted(by: >).prefix(limit)))
        #expect(best.isFull == (values.count >= limit))
    }

    @Test func noLimitGivesNothing() {
        #expect(Self.index.relevant(to: Self.questions[0], limit: 0, where: { _ in true }).isEmpty)
    }
}
