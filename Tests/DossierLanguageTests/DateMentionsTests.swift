import DossierKit
import DossierLanguage
import Testing

/// Dates a sentence states, at the precision it states them, and the partial ones a
/// document's date completes: nothing invented, nothing raised in precision.
@Suite struct DateMentionsTests {
    @Test(arguments: [
        ("In 1820, Saltmere opened its quay.", ["1820"]),
        ("Ada Vance arrived on April 19, 1945 with the mail.", ["1945-04-19"]),
        ("On January 4, 1991, the board met.", ["1991-01-04"]),
        ("The pier was sold on 9 June, 1931 to a mill.", ["1931-06-09"]),
        ("The ferry ran until the early 1960s when it stopped.", ["early 1960s"]),
        ("Mills multiplied in the 1880s and since the mid-1890s.", ["1880s", "mid 1890s"]),
        ("Trade fell in March 2007 and rose again.", ["2007-03"]),
        ("Tolls rose since May of 1999.", ["1999-05"]),
        ("The canal closed in late 1977, and reopened in mid-1979.", ["1977", "1979"]),
        ("Work stopped by the end of 2003 and resumed after 2005.", ["2003", "2005"]),
        ("From 1990 to 1994 the yard built ships.", ["1990..1994"]),
        ("The mill ran between 1990 and 1994 at a loss.", ["1990..1994"]),
        ("From 2005, Saltmere bought more rope than it made.", ["2005.."]),
        ("The quay has stood since 1820.", ["1820"]),
        ("The harbour held 2014 boats and 120 cranes.", []),
        ("Exports grew by 2019% in a decade.", []),
        ("Cargo rose sharply (, August 21, 2023).", []),
        ("The quay of 1820 stood till 0999.", ["1820"]),
        ("In 2001 and again in 2001 the tide rose.", ["2001"]),
    ])
    func statedDatesAtTheirPrecision(sentence: String, expected: [String]) {
        #expect(DateMentions.times(in: sentence).map(\.text) == expected)
    }

    @Test func monthsAreNamesNotWords() {
        #expect(DateMentions.times(in: "They may 4, 2020 say so.").isEmpty)
        #expect(DateMentions.times(in: "in march 2007 they left").isEmpty)
    }

    @Test(arguments: [
        ("The envoy landed on Sept. 5, 2018 at dawn.", ["2018-09-05"]),
        ("She spoke on Oct. 3 to the council.", ["2019-10-03"]),
        ("The vote was held on 8 May.", ["2020-05-08"]),
        ("Talks resumed in mid-March.", ["2020-03"]),
        ("Talks resumed in April, when the ice broke.", ["2020-04"]),
        ("The board met last year.", ["2019"]),
        ("The board met the following year.", ["2021"]),
        ("The plan was drafted in 1999 and tabled on May 2.", ["1999", "2020-05-02"]),
        ("Nothing dated is written here.", []),
    ])
    func partialDatesTakeTheReferenceYear(sentence: String, expected: [String]) {
        let reference = TimeValue("2020-06-10")
        #expect(DateCompletion.times(in: sentence, reference: reference).map(\.text) == expected)
    }

    @Test func aMonthLaterThanTheReferencesIsLastYears() {
        #expect(DateCompletion.times(in: "A vote in December.", reference: TimeValue("2020-06-10")).map(\.text) == ["2019-12"])
        #expect(DateCompletion.times(in: "A vote in December.", reference: nil).isEmpty)
    }
}
