import DossierKit
import DossierOutput
import Foundation
import DossierTesting
import Testing

/// A balance is computed only from two stated figures of one year and one currency.
struct TradeBalanceTests {
    static func flow(_ id: String, from: String, to: String, amount: String, year: String, paragraph: Int) -> Fact {
        Fact(id: id, subject: from, predicate: "trade.export", object: to, qualifiers: ["amount": amount], time: TimeValue(year),
             statement: "In \(year) \(from.capitalized) sold goods worth \(amount) to \(to.capitalized).",
             keywords: "export sell goods", citations: [TestDossier.cite(paragraph: paragraph)])
    }

    static let facts = [
        flow("norland-2020", from: "norland", to: "estavia", amount: "$120 million", year: "2020", paragraph: 1),
        flow("estavia-2020", from: "estavia", to: "norland", amount: "$85.5 million", year: "2020", paragraph: 2),
        flow("norland-2021", from: "norland", to: "estavia", amount: "$130 million", year: "2021", paragraph: 3),
        flow("estavia-2021", from: "estavia", to: "norland", amount: "more than $90 million", year: "2021", paragraph: 4),
        flow("norland-2022", from: "norland", to: "estavia", amount: "€50 million", year: "2022", paragraph: 5),
        flow("estavia-2022", from: "estavia", to: "norland", amount: "$40 million", year: "2022", paragraph: 6),
        flow("estavia-2023", from: "estavia", to: "norland", amount: "$1.2 billion", year: "2023", paragraph: 7),
        flow("norland-2023", from: "norland", to: "estavia", amount: "$950 million", year: "2023", paragraph: 8),
    ]

    private func ask(_ question: String) async throws -> TestAnswer {
        try await TestDossier(entities: Fixtures.entities, facts: Self.facts, answerers: Fixtures.answerers).ask(question)
    }

    @Test(arguments: [
        ("What was Norland's trade balance with Estavia in 2020?", "by $34.5 million: a trade surplus for Norland"),
        ("What was Estavia's trade balance with Norland in 2020?", "by $34.5 million: a trade deficit for Estavia"),
        ("What was Estavia's trade surplus with Norland in 2023?", "by $250 million: a trade surplus for Estavia"),
    ])
    func computesTheBalanceFromBothFigures(question: String, expected: String) async throws {
        let answer = try await ask(question)
        #expect(answer.status == .answered)
        #expect(answer.plugin == "trade")
        #expect(answer.answer.contains(expected))
        #expect(answer.record.citations.count == 2)
    }

    @Test(arguments: [
        "What was Norland's trade balance with Estavia in 2021?",  // one figure is a bound
        "What was Norland's trade balance with Estavia in 2022?",  // two currencies
        "What was Norland's trade balance with Estavia in 2019?",  // no figures that year
    ])
    func computesNoBalanceFromFiguresThatDoNotPair(question: String) async throws {
        let answer = try await ask(question)
        #expect(!answer.answer.contains("surplus"))
        #expect(!answer.answer.contains("deficit"))
        #expect(!answer.answer.contains("balanced"))
    }
}
