import DossierKit
import DossierReading
import Testing

/// Which date a claim takes: its verb's own, never a year the sentence mentions on the way
/// (in what a speaker reports, in a quotation, in a clause about someone else). Invented
/// countries and people, so nothing passes by knowing a real one.
struct ClaimDatingTests {
    static let entities = [
        Entity(id: "estavia", name: "Estavia", kind: "country"),
        Entity(id: "norland", name: "Norland", kind: "country"),
        Entity(id: "ivo-brandt", name: "Ivo Brandt", kind: "person", aliases: ["Brandt"]),
    ]

    /// The claims of one-sentence paragraphs, read against a document dated 2020-05-13.
    static func claims(_ sentences: [String]) -> [Fact] {
        SentenceClaims.read(sentences, entities: entities, source: "dating", title: "Estavia and Norland")
    }

    static func time(of domain: String, in claims: [Fact], paragraph: Int) -> String? {
        SentenceClaims.first(domain, in: claims, paragraph: paragraph)?.time?.text
    }

    @Test func aStatementIsNotDatedByTheYearItReports() {
        let claims = Self.claims([
            "Ivo Brandt met Estavian envoys on May 11, 2020.",
            "Brandt said that the border dispute dates back to 1821.",
            "Brandt spoke warmly, recalling that Norland recognized Estavia in March 1951.",
        ])
        #expect(Self.time(of: "statement", in: claims, paragraph: 2) != "1821")
        #expect(Self.time(of: "statement", in: claims, paragraph: 3) != "1951-03")
        // What is reported keeps its own date.
        #expect(Self.time(of: "relations", in: claims, paragraph: 3) == "1951-03")
    }

    @Test func aClauseAboutTheSpeakerDoesNotDateTheStatement() {
        let claims = Self.claims(["Brandt, who won the Harbour Prize in 1987 for his mediation, said the talks would go on."])
        #expect(Self.time(of: "statement", in: claims, paragraph: 1) != "1987")
    }

    @Test func aStatementTakesTheDateOfItsOwnClause() {
        let claims = Self.claims([
            "Brandt announced the accord in a broadcast on Tuesday, saying it was overdue.",
            "Furthermore, in 2019, during a visit to Estavia, Brandt condemned the blockade.",
        ])
        #expect(Self.time(of: "statement", in: claims, paragraph: 1) == "2020-05-12")
        #expect(Self.time(of: "position", in: claims, paragraph: 2) == "2019")
    }

    @Test func anEventTakesTheDateOfItsClause() {
        let claims = Self.claims(["In 1952, after bitter protests, Norland broke off relations with Estavia on June 13, 1952."])
        #expect(Self.time(of: "relations", in: claims, paragraph: 1) == "1952-06-13")
    }

    @Test func thatYearIsTheYearLastStated() {
        let claims = Self.claims([
            "On July 2, 2007 Ivo Brandt visited Estavia.",
            "Crowds recalled how Ivo Brandt visited Norland in March of that year.",
        ])
        #expect(Self.time(of: "visit", in: claims, paragraph: 2) == "2007-03")
    }

    @Test func aLaterSectionContinuesTheStoryByYearOrByTheTripsMonth() {
        let source = Source(id: "dating", title: "Estavia and Norland", publisher: "tests", published: "2020-05-13")
        let texts = [("Visit", "On July 2, 2007 Ivo Brandt visited Estavia."),
                     ("Talks", "Norland condemned the blockade."), ("Talks", "Ivo Brandt met the Estavia delegation.")]
        let passages = texts.enumerated().map { index, item in
            Passage(source: "dating", title: source.title, section: item.0, paragraph: index + 1, sentence: 1,
                    start: 0, end: item.1.unicodeScalars.count, text: item.1)
        }
        let claims = ClaimReader(entities: Self.entities).claims(source: source, passages: passages, reference: TimeValue("2020-05-13"))
        // Another matter in a later section takes the year; the same trip's meeting the month.
        #expect(Self.time(of: "position", in: claims, paragraph: 2) == "2007")
        #expect(Self.time(of: "meeting", in: claims, paragraph: 3) == "2007-07")
    }
}
