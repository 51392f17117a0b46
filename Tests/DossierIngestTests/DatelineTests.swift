import DossierKit
import DossierReading
import Testing

/// A saved article's dateline ("Published 3 May 2019" under the headline) dates the
/// document and is not text; a sentence near the top that states a date stays text.
/// Invented places and people.
struct DatelineTests {
    @Test(arguments: [
        "Published 3 May 2019",
        "May 3, 2019",
        "Updated: 3 May 2019 10:15 GMT",
        "By Ana Ruiz | 3 May 2019",
        "Last updated on May 3, 2019",
    ])
    func aDatelineUnderTheHeadlineDatesTheDocument(_ dateline: String) {
        let parsed = DocumentParser.parse("""
            Estavia opens a consulate in Port Lune
            \(dateline)

            Estavia opened its consulate in Port Lune on Sunday.
            """)
        #expect(parsed.date == "2019-05-03")
        #expect(parsed.title == "Estavia opens a consulate in Port Lune")
        #expect(parsed.sections.flatMap(\.paragraphs).count == 1)
    }

    @Test(arguments: [
        "Estavia opened its consulate on 3 May 2019.",
        "Talks began on 3 May 2019 and ended on 9 May 2019.",
        "Published in 2019 by the Norland Institute.",
    ])
    func aLineThatSaysMoreThanADateIsText(_ line: String) {
        let parsed = DocumentParser.parse("""
            Estavia and Norland

            \(line)

            The talks went on.
            """)
        #expect(parsed.date == nil)
        #expect(parsed.sections.flatMap(\.paragraphs).count == 2)
    }

    @Test func aDatelineFarDownTheTextIsText() {
        let body = (1...8).map { "Paragraph \($0) of the report goes on." }.joined(separator: "\n\n")
        let parsed = DocumentParser.parse(body + "\n\nPublished 3 May 2019\n")
        #expect(parsed.date == nil)
    }

    @Test func aDatePrefixOnTheFirstLineWins() {
        let parsed = DocumentParser.parse(" date 2018-01-02 The ferry left.\n\nPublished 3 May 2019\n")
        #expect(parsed.date == "2018-01-02")
    }

    @Test func theDatelineCompletesTheTextsDatesAndTheHeadlineIsNoClaim() throws {
        let claims = try ClaimReadingTests.claims(of: """
            Estavia opens its embassy in Port Vell after a break with Tarland
            Published 13 May 2020

            Estavia opened its embassy in Port Vell on Monday.

            Its president arrived in Port Vell on 9 May for a four-day visit.
            """)
        let embassy = claims.filter { $0.predicate.hasPrefix("embassy.") }
        #expect(embassy.map(\.time?.text) == ["2020-05-11"])
        #expect(claims.first { $0.predicate.hasPrefix("visit.") }?.time?.text == "2020-05-09")
        #expect(!claims.contains { $0.predicate.hasPrefix("relations.") })
    }
}
