import DossierAnswering
import DossierKit
import Testing

/// A claim's length of time counts only when its sentence says it of the event itself: an
/// adjective before the word for it, or a measuring word in the clause that names it.
struct ClaimDurationTests {
    static func visit(quote: String, duration: String) -> Fact {
        ClaimFixtures.claim("visit", "ilsa-marrow", "visit.arrival", object: "estavia",
                            qualifiers: ["duration": duration], paragraph: 1, quote: quote)
    }

    @Test(arguments: [
        ("Marrow landed in Pellor for a four-day state visit.", "four-day"),
        ("Marrow stayed in Pellor for three days.", "three days"),
        ("Marrow's visit to Pellor lasted about two weeks.", "two weeks"),
        ("Marrow spent five days in Pellor.", "five days"),
    ])
    func keepsALengthThatQualifiesTheVisit(quote: String, duration: String) {
        var fact = Self.visit(quote: quote, duration: duration)
        fact.keywords = "visit travel arrive land"
        #expect(ClaimDuration.of(fact) == duration)
    }

    @Test(arguments: [
        ("Marrow reached Pellor, the first visit by a Norlandic leader in 12 years.", "12 years"),
        ("Marrow landed in Pellor three days after the flood.", "three days"),
        ("Marrow, who has led Norland for 14 years, landed in Pellor.", "14 years"),
        ("Marrow landed in Pellor on a 20-year-old aircraft.", "20-year"),
    ])
    func dropsALengthOfSomethingElse(quote: String, duration: String) {
        var fact = Self.visit(quote: quote, duration: duration)
        fact.keywords = "visit travel arrive land"
        #expect(ClaimDuration.of(fact) == nil)
    }

    @Test func givesADistanceBetweenEventsOnlyWhenTheQuestionAsksForOne() {
        var fact = Self.visit(quote: "Marrow landed in Pellor three days after the flood.", duration: "three days")
        fact.keywords = "visit travel arrive land"
        #expect(ClaimDuration.of(fact, asked: Question(text: "How long after the flood did Marrow land in Pellor?")) == "three days")
        #expect(ClaimDuration.of(fact, asked: Question(text: "How long was Marrow's visit?")) == nil)
    }

    @Test func keepsTheDurationACuratedFactWasWrittenWith() {
        let fact = Fact(id: "curated", subject: "ilsa-marrow", predicate: "visit", qualifiers: ["duration": "a week"],
                        statement: "Marrow spent a week in Estavia.", citations: [])
        #expect(ClaimDuration.of(fact) == "a week")
    }
}
