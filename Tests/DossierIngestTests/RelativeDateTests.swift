import DossierKit
import Testing

/// An event dated from another in the same sentence: "A did X on 16 May, two days after
/// B did Y" dates Y on 14 May; months give a month (a year when the count's looseness
/// spans two months) and years a year; the date of the
/// clause a dependent clause hangs on is never its own. Invented countries.
struct RelativeDateTests {
    static let entities = [
        Entity(id: "estavia", name: "Estavia", kind: "country"),
        Entity(id: "norland", name: "Norland", kind: "country"),
        Entity(id: "tarland", name: "Tarland", kind: "country"),
    ]

    static func claim(_ predicate: String, of sentence: String) -> Fact? {
        SentenceClaims.read([sentence], entities: entities, source: "relative", title: "Harbour news")
            .first { $0.predicate == predicate }
    }

    @Test(arguments: [
        ("Estavia opened its embassy in Tarland on 16 March 2019, two days after Norland closed its embassy there.", "2019-03-14"),
        ("Estavia opened its embassy in Tarland on 16 March 2019, three months after Norland closed its embassy there.", "2018-12"),
        ("Estavia opened its embassy in Tarland in 2019, two years after Norland closed its embassy there.", "2017"),
        ("Estavia opened its embassy in Tarland on 16 March 2019, a week before Norland closed its embassy there.", "2019-03"),
        ("Estavia opened its embassy in Tarland on 2 March 2019, three months after Norland closed its embassy there.", "2018"),
    ])
    func aDependentEventIsCountedFromTheOther(sentence: String, expected: String) throws {
        let closed = try #require(Self.claim("embassy.closed", of: sentence))
        #expect(closed.time == TimeValue(expected), "\(String(describing: closed.time)) \(closed.qualifiers)")
        let opened = try #require(Self.claim("embassy.opened", of: sentence))
        #expect(opened.time?.from == 2019)
    }

    @Test func aCountWithoutADateToCountFromLeavesTheEventUndated() throws {
        let closed = try #require(Self.claim("embassy.closed", of: "Estavia opened its embassy in Tarland, two days after Norland closed its embassy there."))
        #expect(closed.time == nil, "\(String(describing: closed.time))")
        #expect(closed.qualifiers["dated"] == nil)
    }
}
