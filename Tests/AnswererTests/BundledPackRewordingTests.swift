import DossierEngine
import DossierKit
import DossierStore
import Foundation
import GeneralPlugin
import StancePlugin
import Testing
import TimelinePlugin
import TradePlugin
import VisitsPlugin
import DossierIndex
import DossierOutput

/// The real bundled pack, asked the development questions in other words: synonyms,
/// another word order, lower case, no accents. Each must come back as the original does.
struct BundledPackRewordingTests {
    /// A rewording, the substrings the answer must hold (folded: any case, no accents;
    /// each inner list is "any of"), and the answerer that should win (nil: any).
    struct Rewording: Sendable, CustomTestStringConvertible {
        var question: String
        var expected: [[String]]
        var plugin: String?
        var testDescription: String { question }

        init(_ question: String, _ expected: [[String]], _ plugin: String?) {
            self.question = question
            self.expected = expected
            self.plugin = plugin
        }
    }

    private func makeEngine() throws -> QuestionEngine {
        try QuestionEngine.open(
            store: FactStore.inMemory(),
            answerers: [TimelineAnswerer(), TradeAnswerer(), VisitsAnswerer(), StanceAnswerer(), GeneralAnswerer()],
            pack: FactPack.bundled())
    }

    private static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// Rewordings the engine answers as it should.
    static let handled: [Rewording] = [
        .init("in what year did the russian federation set up its embassy in guatemala?", [["2007"]], "timeline"),
        .init("russia opened its embassy when?", [["2007"]], "timeline"),
        .init("in which year did guatemala open an embassy in moscu?", [["1995"]], "timeline"),
        .init("when was the guatemalan embassy in moscow opened?", [["1995"]], "timeline"),
        .init("what took place in 1996?", [["peace"]], "timeline"),
        .init("in what year were ties with russia renewed?", [["1991"]], "timeline"),
        .init("why did relations with the soviets freeze in the 1960s?", [["armed conflict"]], "timeline"),
        .init("for what reason were ties with the ussr put on hold in the 1960s?", [["armed conflict"]], "timeline"),
        .init("how was the russian federation represented in guatemala before 2007?", [["costa rica"]], "timeline"),
        .init("what goods does guatemala ship to russia?", [["coffee"], ["banana"], ["sugar"]], "trade"),
        .init("what goods does russia ship to guatemala?", [["chemicals"], ["machinery", "fertilizer", "metals"]], "trade"),
        .init("which country in the region imports the most russian fertilizer?", [["guatemala"]], "trade"),
        .init("how big are russian investments in guatemala compared with argentina?", [["120"]], "trade"),
        .init("what trade agreement covers guatemala and the united states?", [["cafta"]], "trade"),
        .init("what russian president visited guatemala?", [["putin"], ["2007"]], "visits"),
        .init("whom did putin meet during his visit to guatemala?", [["berger"]], "visits"),
        .init("who did vladimir putin meet in guatemala?", [["berger"]], "visits"),
        .init("what date did putin arrive in guatemala?", [["2007"], ["july", "-07-"]], "visits"),
        .init("when did putin arrive in guatemala?", [["2007"], ["july", "-07-"]], "visits"),
        .init("for what purpose did putin travel to guatemala in 2007?", [["olympic", "ioc"]], "visits"),
        .init("why did putin visit guatemala in 2007?", [["olympic", "ioc"]], "visits"),
        .init("where did berger and putin meet?", [["national palace"]], "visits"),
        .init("when did a president of guatemala first visit ukraine?", [["2022"]], "visits"),
        .init("what is guatemala's stance on the russian war in ukraine?", [["condemn", "aggression", "denounce"]], "stance"),
        .init("who accused the russian federation of armed aggression against ukraine in 2023?", [["bucaro"]], "stance"),
        .init("why were a russian citizen and a belarusian citizen deported from guatemala in 2022?", [["sanction"]], "stance"),
        .init("what countries are allies of russia in latin america?", [["cuba"], ["venezuela"], ["nicaragua"]], "stance"),
        .init("who won the 2023 presidential election in guatemala?", [["arevalo"]], nil),
        .init("what countries does the us strategy for central america cover?", [["belize"], ["honduras"], ["panama"]], nil),
        .init(
            "how many years passed between guatemala opening an embassy in moscow and russia opening its embassy in guatemala city?",
            [["12"]], "timeline"),
        .init("what happened from 1990 to 2000?", [["1991"], ["1995"], ["1996"]], "timeline"),
        .init("what cultural programs has the russian federation supported in guatemala?", [["cultural", "language"]], nil),
        .init("which russian university has a campus in guatemala?", [["humanities", "rsuh"]], nil),
        .init("which country dominates the russian banana market?", [["ecuador"]], "trade"),
        .init("how did relations between guatemala and the ussr change in the early 1960s?", [["frozen"]], "timeline"),
        .init("did guatemala ever formally break off relations with the soviet union?", [["never", "not"]], "timeline"),
        .init("WHEN DID GUATEMALA OPEN ITS EMBASSY IN MOSCÚ?", [["1995"]], "timeline"),
        .init("what does guatemala sell to russia?", [["coffee"], ["banana"], ["sugar"]], "trade"),
        .init("what does russia sell to guatemala?", [["chemicals"], ["machinery", "fertilizer", "metals"]], "trade"),
        .init("how do russian exports to guatemala compare with russian imports from guatemala?", [["five", "5"]], "trade"),
        .init("what are the policy objectives of the united states in guatemala?", [["corruption", "migration"]], "stance"),
        .init("what did putin talk about with bush before his trip to guatemala?", [["kosovo", "missile"]], "visits"),
        .init("what year did the soviet union and guatemala establish diplomatic ties?", [["1945"], ["april"]], "timeline"),
        .init("when did guatemala start diplomatic relations with the ussr?", [["1945"], ["april"]], "timeline"),
        .init("what does the us mainly import from guatemala?", [["apparel"], ["gold"], ["silver"]], "trade"),
        .init("what does the u.s. export to guatemala?", [["oil"], ["machinery"]], "trade"),
    ]

    /// Rewordings a reasonable engine should answer but this one does not yet.

    /// Questions the pack cannot answer: each must come back unknown.
    static let unanswerable = [
        "how many people live in guatemala?",
        "who won the 2010 fifa world cup?",
        "when did russia open a consulate in antigua guatemala?",
        "how much sugar did guatemala sell to russia in 2015?",
        "what happened in 1850?",
        "who is the president of brazil?",
        "what is the GDP of russia?",
        "when did guatemala join the european union?",
        "what is the price of a barrel of oil?",
        "how many tourists from russia visited guatemala in 2019?",
        "what is the capital of guatemala?",
        "when did china open an embassy in guatemala?",
        // The facts name these entities, but in other roles or places.
        "When did Russia open an embassy in Costa Rica?",
        "When did Russia open an embassy in Honduras?",
        "When did the United States open its embassy in Guatemala?",
        "When did Zelenskyy visit Guatemala?",
        "Why did Russia deport Guatemalan citizens?",
        "What did Bush discuss in Guatemala?",
        "What is the US position on Russia's war in Ukraine?",
    ]


    private func check(_ rewording: Rewording, with engine: QuestionEngine) async {
        let record = await engine.ask(rewording.question).record
        #expect(record.status == .answered, "\(rewording.question) came back \(record.status)")
        let answer = Self.folded(record.answer ?? "")
        for alternatives in rewording.expected {
            #expect(alternatives.contains { answer.contains($0) }, "expected one of \(alternatives) in: \(record.answer ?? "nil")")
        }
        if let plugin = rewording.plugin {
            #expect(record.plugin == plugin)
        }
        #expect(!record.citations.isEmpty)
    }

    @Test(arguments: handled)
    func answersARewordingAsTheOriginal(rewording: Rewording) async throws {
        await check(rewording, with: try makeEngine())
    }

    @Test(arguments: unanswerable)
    func saysUnknownWhenThePackHoldsNoAnswer(question: String) async throws {
        let record = try await makeEngine().ask(question).record
        #expect(record.status == .unknown, "answered: \(record.answer ?? "")")
    }

    @Test func everyAnswerCitesASourceOfThePack() async throws {
        let engine = try makeEngine()
        let known = Set(engine.index.sources.map(\.id))
        for rewording in Self.handled.prefix(10) {
            let record = await engine.ask(rewording.question).record
            #expect(record.citations.allSatisfy { known.contains($0.source) })
        }
    }
}
