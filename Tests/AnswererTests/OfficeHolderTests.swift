import DossierKit
import DossierOutput
import DossierTesting
import Testing

/// "Who is the foreign minister of Norland?" asks for the office's current holder: the
/// person the most recent cited sentence gives that title for that country, with its date;
/// never one the sentence marks as past, one of a longer title, or one of another country.
struct OfficeHolderTests {
    static let gazette = ClaimFixtures.gazette
    static let chronicle = ClaimFixtures.chronicle
    static let entities = Fixtures.entities + [
        Entity(id: "odo-venn", name: "Odo Venn", kind: "person", aliases: ["Venn"]),
        Entity(id: "ada-ferro", name: "Ada Ferro", kind: "person", aliases: ["Ferro"], partOf: "norland"),
        Entity(id: "lida-brask", name: "Lida Brask", kind: "person", aliases: ["Brask"]),
    ]

    static func claim(_ id: String, _ subject: String, entities: [String], time: String, source: Source, paragraph: Int,
                      quote: String) -> Fact {
        var fact = ClaimFixtures.claim(id, subject, "meeting.held", object: "tomas-quirera", time: time, source: source,
                                       paragraph: paragraph, quote: quote)
        fact.entities = entities
        return fact
    }

    static let facts = [
        claim("venn-talks", "odo-venn", entities: ["norland"], time: "2019-03", source: gazette, paragraph: 1,
              quote: "Norlandic Foreign Minister Odo Venn met Quirera in Pellor in March 2019."),
        claim("ferro-talks", "ada-ferro", entities: [], time: "2022-09", source: chronicle, paragraph: 2,
              quote: "Foreign Minister Ada Ferro met Quirera in Pellor in September 2022."),
        claim("venn-later", "odo-venn", entities: ["norland"], time: "2022-10", source: chronicle, paragraph: 3,
              quote: "Former Norlandic Foreign Minister Odo Venn met Quirera in Varnhal in October 2022."),
        claim("brask-talks", "lida-brask", entities: ["norland"], time: "2022-10", source: chronicle, paragraph: 4,
              quote: "Lida Brask, the deputy foreign minister of Norland, met Quirera in October 2022."),
        claim("marrow-talks", "ilsa-marrow", entities: ["norland"], time: "2022-05", source: chronicle, paragraph: 6,
              quote: "President Ilsa Marrow of Norland met Quirera in Pellor in May 2022."),
        {
            var plan = claim("marrow-plan", "ilsa-marrow", entities: ["norland"], time: "2023-06", source: chronicle, paragraph: 7,
                             quote: "President Ilsa Marrow of Norland will meet Quirera again in June 2023.")
            plan.qualifiers["modality"] = "expected"
            return plan
        }(),
        claim("quirera-then", "tomas-quirera", entities: ["estavia"], time: "2022-10", source: chronicle, paragraph: 5,
              quote: "Then-president Tomás Quirera of Estavia met Marrow in October 2022."),
    ]

    private func ask(_ question: String) async throws -> TestAnswer {
        try await TestDossier(sources: [TestDossier.fixtureSource, Self.gazette, Self.chronicle], entities: Self.entities,
                              facts: Self.facts, answerers: Fixtures.answerers).ask(question)
    }

    @Test(arguments: ["Who is the foreign minister of Norland?", "Who is Norland's foreign minister?"])
    func answersTheLatestHolderWithItsDate(question: String) async throws {
        let answer = try await ask(question)
        #expect(answer.status == .answered)
        #expect(answer.plugin == "general")
        #expect(answer.answer.hasPrefix("Ada Ferro was foreign minister of Norland in September 2022"))
        #expect(!answer.answer.contains("Odo Venn"))
    }

    @Test(arguments: ["Who is the president of Estavia?", "Who is the foreign minister of Estavia?"])
    func neverPresentsAPastHolderOrGuesses(question: String) async throws {
        let answer = try await ask(question)
        #expect(answer.status == .unknown, "\(answer.plugin ?? "-"): \(answer.answer)")
    }

    @Test func datesATitleNoLaterThanItsSourceAndAPlanAtPublication() async throws {
        let answer = try await ask("Who is the president of Norland?")
        #expect(answer.status == .answered)
        #expect(answer.answer.hasPrefix("Ilsa Marrow was president of Norland on 11 October 2022"))
    }

    @Test func keepsALongerTitleApart() async throws {
        let answer = try await ask("Who is the deputy foreign minister of Norland?")
        #expect(answer.status == .answered)
        #expect(answer.answer.hasPrefix("Lida Brask was deputy foreign minister of Norland in October 2022"))
    }
}
