import DossierKit
import Foundation
import Testing

struct TimeValueTests {
    @Test(arguments: [
        ("1945-04-19", TimeValue.Precision.day, 1945, 1945, "on 19 April 1945", "19 April 1945"),
        ("2007-07", .month, 2007, 2007, "in July 2007", "July 2007"),
        ("2007", .year, 2007, 2007, "in 2007", "2007"),
        ("1960s", .decade, 1960, 1969, "in the 1960s", "1960s"),
        ("early 1960s", .decade, 1960, 1963, "in the early 1960s", "early 1960s"),
        ("mid 1960s", .decade, 1963, 1966, "in the mid 1960s", "mid 1960s"),
        ("late 1960s", .decade, 1966, 1969, "in the late 1960s", "late 1960s"),
        ("1991..2007", .span, 1991, 2007, "between 1991 and 2007", "1991..2007"),
    ])
    func readsEveryClosedFormAndPhrasesItAtItsPrecision(
        text: String, precision: TimeValue.Precision, from: Int, to: Int, phrase: String, label: String
    ) throws {
        let time = try #require(TimeValue(text))
        #expect(time.precision == precision)
        #expect(time.from == from)
        #expect(time.to == to)
        #expect(time.phrase == phrase)
        #expect(time.label == label)
        #expect(time.description == text)
    }

    @Test func readsASpanOpenTowardsThePast() throws {
        let time = try #require(TimeValue("..2007"))
        #expect(time.precision == .span)
        #expect(time.from == nil)
        #expect(time.to == 2007)
        #expect(time.phrase == "until 2007")
    }

    @Test func readsASpanOpenTowardsTheFuture() throws {
        let time = try #require(TimeValue("2023.."))
        #expect(time.from == 2023)
        #expect(time.to == nil)
        #expect(time.phrase == "from 2023 on")
    }

    @Test func keepsMonthAndDayOfADate() throws {
        let time = try #require(TimeValue("1945-04-19"))
        #expect(time.month == 4)
        #expect(time.day == 19)
        #expect(time.part == nil)
    }

    @Test func ignoresSurroundingWhitespace() throws {
        let time = try #require(TimeValue("  2007 "))
        #expect(time.from == 2007)
        #expect(time.precision == .year)
    }

    @Test(arguments: [
        "", "07", "207", "20071", "abcd", "2007-13", "2007-00", "2007-02-32", "2007-02-00", "2007-02-03-04",
        "196s", "1965s", "very early 1960s", "1960s early", "early 1960s 1970s", "2007..1991", "..", "x..2007",
        "2007..x", "MMVII", "2007 AD",
    ])
    func rejectsTextInNoneOfTheForms(text: String) {
        #expect(TimeValue(text) == nil)
    }

    @Test(arguments: [
        ("..2007", "1900"),
        ("1900", "1945-04-19"),
        ("1945", "1945-04"),
        ("1945-04", "1945-04-19"),
        ("1945-04-19", "1945-05-01"),
        ("early 1960s", "1991..2007"),
        ("1991-01-04", "1995"),
        ("2007-07-02", "2023.."),
    ])
    func ordersByYearThenMonthThenDayWithOpenStartsFirst(earlier: String, later: String) throws {
        let a = try #require(TimeValue(earlier))
        let b = try #require(TimeValue(later))
        #expect(a < b)
        #expect(!(b < a))
    }

    @Test(arguments: [
        ("early 1960s", 1962...1962, true),
        ("early 1960s", 1964...1970, false),
        ("1960s", 1969...1975, true),
        ("2007", 2000...2006, false),
        ("2007", 2007...2007, true),
        ("1945-04-19", 1940...1950, true),
        ("..2007", 1800...1800, true),
        ("..2007", 2008...2010, false),
        ("2023..", 2030...2030, true),
        ("2023..", 1990...2022, false),
        ("1991..2007", 1995...1995, true),
        ("1991..2007", 2008...2020, false),
    ])
    func overlapsARangeOfYearsWhenTheyShareAYear(text: String, range: ClosedRange<Int>, overlaps: Bool) throws {
        let time = try #require(TimeValue(text))
        #expect(time.overlaps(range) == overlaps)
    }

    @Test func roundTripsThroughJSONAsItsStringForm() throws {
        let times = try ["1945-04-19", "2007-07", "2007", "early 1960s", "1991..2007", "..2007", "2023.."].map {
            try #require(TimeValue($0))
        }
        let data = try JSONEncoder().encode(times)
        #expect(String(decoding: data, as: UTF8.self).contains("\"early 1960s\""))
        let decoded = try JSONDecoder().decode([TimeValue].self, from: data)
        #expect(decoded == times)
    }

    @Test func refusesToDecodeABadForm() {
        let data = Data(#"["2007-13"]"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([TimeValue].self, from: data) }
    }
}

/// The common date forms read from their bytes give what the general rules give.
struct PlainDateTests {
    @Test(arguments: [
        "2007", "0999", "2007-03", "2007-12", "2007-03-14", "1999-02-31", "2007-13", "2007-00", "2007-03-32", "2007-03-00",
        "207", "20071", "2007-3", "2007-03-1", "2007/03/14", "200a", "2007-0a", " 2007", "2007 ", "1990s", "1990..2000",
        "２００７", "2007-03-14x", "",
    ])
    func agreesWithTheRules(text: String) {
        // A leading space takes the general path; the same text without it the plain one.
        let general = TimeValue(" " + text + " ")
        let plain = TimeValue(text)
        #expect(plain?.years == general?.years)
        #expect(plain?.precision == general?.precision)
        #expect(plain?.month == general?.month && plain?.day == general?.day)
        #expect(plain?.text == general?.text)
    }
}
