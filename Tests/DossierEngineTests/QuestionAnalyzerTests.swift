import DossierEngine
import DossierOutput
import DossierKit
import Testing

struct QuestionAnalyzerTests {
    /// Invented entities with English, Spanish and accented names.
    private func makeAnalyzer() -> QuestionAnalyzer {
        QuestionAnalyzer(entities: [
            Entity(id: "norland", name: "Norland", kind: "country", aliases: ["Norlandic", "Republic of Norland"]),
            Entity(id: "estavia", name: "Estavia", kind: "country", aliases: ["Estavian", "República de Estávia"]),
            Entity(id: "united-states", name: "United States", kind: "country", aliases: ["U.S.", "US", "USA", "Estados Unidos"]),
            Entity(id: "soviet-union", name: "Soviet Union", kind: "country", aliases: ["USSR", "Unión Soviética"]),
            Entity(id: "pellor", name: "Pellor", kind: "city", aliases: ["Pellór"], partOf: "estavia"),
            Entity(id: "tomas-quirera", name: "Tomás Quirera", kind: "person", aliases: ["Quirera", "Tomas Quirera"]),
        ])
    }

    @Test(arguments: [
        ("When did Norland open its embassy?", QuestionKind.when),
        ("In what year did Estavia set up an embassy?", .when),
        ("Norland opened its embassy when?", .when),
        ("On what date did Quirera arrive in Norland?", .when),
        ("Who did Quirera meet in Norland?", .who),
        ("Which Estavian president visited Norland?", .who),
        ("Where did Quirera meet the Norlandic envoy?", .where),
        ("Why were relations with Estavia frozen?", .why),
        ("For what reason did Norland expel the journalists?", .why),
        ("What does Norland export to Estavia?", .what),
        ("How many years passed between the two embassies opening?", .howLong),
        ("How long did the freeze last?", .howLong),
        ("How much did Estavia invest in Norland?", .howMuch),
        ("How many journalists were expelled?", .howMany),
        ("How do Norland's exports compare with its imports?", .compare),
        ("Which countries are Estavia's allies?", .list),
        ("Did Norland ever sever relations with Estavia?", .yesNo),
        ("Is Estavia a member of the pact?", .yesNo),
    ])
    func readsTheKindOfAnswerWanted(text: String, kind: QuestionKind) {
        #expect(makeAnalyzer().analyze(text).kind == kind)
    }

    @Test(arguments: [
        ("when did norland open its embassy in pellor?", ["norland", "pellor"]),
        ("WHEN DID NORLAND OPEN ITS EMBASSY IN PELLOR?", ["norland", "pellor"]),
        ("When did the Norlandic embassy open in Pellór?", ["norland", "pellor"]),
        ("Who met Tomás Quirera?", ["tomas-quirera"]),
        ("who met tomas quirera?", ["tomas-quirera"]),
        ("Who met TOMAS QUIRERA?", ["tomas-quirera"]),
        ("When did the Republica de Estavia sign?", ["estavia"]),
        ("¿Cuándo firmó la República de Estávia?", ["estavia"]),
        ("What did Estados Unidos sell to the Union Sovietica?", ["united-states", "soviet-union"]),
        ("What does the U.S. buy from Estavia?", ["united-states", "estavia"]),
        ("What does the US buy from Estavia?", ["united-states", "estavia"]),
        ("What did the USSR sell to Norland?", ["soviet-union", "norland"]),
        ("What did the ussr sell to norland?", ["soviet-union", "norland"]),
        ("Can you tell us about Norland?", ["norland"]),
        ("Did Estavia send us any grain?", ["estavia"]),
        ("Tell us what Norland sells", ["norland"]),
    ])
    func findsEntitiesByAnyAliasCaseOrAccent(text: String, entities: [String]) {
        #expect(makeAnalyzer().analyze(text).entityIDs == entities)
    }

    @Test(arguments: [
        ("What happened in 1996?", 1996 as Int?, 1996 as Int?),
        ("What happened in the nineties?", 1990, 1999),
        ("why did relations freeze in the early sixties", 1960, 1963),
        ("What happened on 19 April 1945?", 1945, 1945),
        ("What happened on July 2, 2007?", 2007, 2007),
        ("What happened between 1990 and 2000?", 1990, 2000),
        ("What happened between 2000 and 1990?", 1990, 2000),
        ("What happened from 1990 to 2000?", 1990, 2000),
        ("How was Norland represented before 2007?", nil, 2006),
        ("Before 2007, how was Norland represented?", nil, 2006),
        ("What happened after 2010?", 2011, nil),
        ("What has Estavia said since 2022?", 2022, nil),
        ("What happened until 1999?", nil, 1999),
        ("What changed in the early 1960s?", 1960, 1963),
        ("What changed in the mid 1960s?", 1963, 1966),
        ("What changed in the late 1960s?", 1966, 1969),
        ("What changed in the 1960s?", 1960, 1969),
    ])
    func readsTimeExpressions(text: String, from: Int?, to: Int?) throws {
        let time = try #require(makeAnalyzer().analyze(text).time)
        #expect(time.from == from)
        #expect(time.to == to)
    }

    @Test(arguments: [
        "When did Norland open its embassy?", "Who met Quirera?", "What was decided at the 2014 Winter Games?",
    ])
    func findsNoTimeWhereThereIsNone(text: String) {
        #expect(makeAnalyzer().analyze(text).time == nil)
    }

    @Test func keepsTheSurfaceOfATimeExpression() throws {
        let time = try #require(makeAnalyzer().analyze("What changed in the early 1960s?").time)
        #expect(time.surface == "early 1960s")
    }

    @Test func readsSynonymsOfAPredicateAsTheSameTerm() {
        let analyzer = makeAnalyzer()
        let opened = analyzer.analyze("When did Norland open its embassy?").terms
        let setUp = analyzer.analyze("When did Norland set up its embassy?").terms
        #expect(!opened.isEmpty)
        #expect(Set(opened) == Set(setUp))
    }

    @Test func splitsHowManyYearsBetweenIntoTwoParts() throws {
        let question = makeAnalyzer().analyze(
            "How many years passed between Norland opening its embassy in Pellor and Estavia signing the pact?")
        #expect(question.kind == .howLong)
        try #require(question.parts.count == 2)
        #expect(question.parts[0].entityIDs == ["norland", "pellor"])
        #expect(question.parts[1].entityIDs == ["estavia"])
        #expect(question.parts.allSatisfy { $0.kind == .when })
    }

    @Test func aSecondPartSayingOneBorrowsTheFirstPartsTerms() throws {
        let question = makeAnalyzer().analyze(
            "How many years between Norland opening an embassy and Estavia opening one?")
        try #require(question.parts.count == 2)
        #expect(Set(question.parts[0].terms).isSubset(of: Set(question.parts[1].terms)))
    }

    @Test func aQuestionAboutOneEventHasNoParts() {
        #expect(makeAnalyzer().analyze("When did Norland open its embassy?").parts.isEmpty)
    }

    @Test func keepsTheTextAsTyped() {
        #expect(makeAnalyzer().analyze("When did NORLAND open it?").text == "When did NORLAND open it?")
    }
}
