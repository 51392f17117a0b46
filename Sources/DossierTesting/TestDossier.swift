public import DossierEngine
public import DossierKit
import DossierStore
import DossierIndex
public import DossierOutput

/// A Dossier for tests: an in-memory store filled with facts written as literals, asked
/// through the real analyzer and dispatcher.
///
/// ```swift
/// let dossier = try TestDossier(entities: [...], facts: [...], answerers: [MyAnswerer()])
/// #expect(try await dossier.ask("when did X open its embassy?").answer.contains("2007"))
/// ```
public struct TestDossier: Sendable {
    /// The engine under test.
    public let engine: QuestionEngine

    /// Builds the store and the engine. Sources default to one fixture source, `"fixture"`;
    /// `budget` is the dispatcher's time budget per question (tests of slow out-of-process
    /// plugins give a longer one than the default, so a loaded machine does not fail them).
    public init(
        sources: [Source] = [TestDossier.fixtureSource], entities: [Entity], facts: [Fact],
        answerers: [any Answerer], threshold: Double = Confidence.threshold,
        budget: Duration = Dispatcher.defaultBudget
    ) throws {
        let store = try FactStore.inMemory()
        try store.installPack(version: 1, contents: StoreContents(sources: sources, entities: entities, facts: facts))
        let contents = try store.contents()
        let index = FactIndex(
            facts: contents.facts, entities: contents.entities, sources: contents.sources,
            roleConcepts: QuestionEngine.roleConcepts(of: answerers))
        engine = QuestionEngine(index: index, dispatcher: Dispatcher(answerers: answerers, threshold: threshold, budget: budget))
    }

    /// Asks a question and returns the record with every bid.
    public func ask(_ question: String) async -> TestAnswer {
        let response = await engine.ask(question)
        return TestAnswer(record: response.record, dispatch: response.dispatch)
    }

    /// The analyzer's reading of a question.
    public func analyze(_ question: String) -> Question { engine.analyzer.analyze(question) }

    /// The source fixtures cite unless a test gives its own.
    public static let fixtureSource = Source(
        id: "fixture", title: "Fixture notes", publisher: "Dossier tests", kind: "test fixture",
        sections: ["Notes"])

    /// A citation of the fixture source.
    public static func cite(paragraph: Int = 1) -> Citation {
        Citation(source: "fixture", title: "Fixture notes", section: "Notes", paragraph: paragraph)
    }
}

/// What a test question came back with.
public struct TestAnswer: Sendable {
    /// The record as the JSON output would show it.
    public let record: AnswerRecord
    /// The dispatch, with every bid and every dropped bid.
    public let dispatch: Dispatch?

    /// The answer text, empty when unknown.
    public var answer: String { record.answer ?? "" }
    /// `answered`, `unknown` or `error`.
    public var status: AnswerRecord.Status { record.status }
    /// The winning answerer's name.
    public var plugin: String? { record.plugin }
    /// Every valid bid, best first.
    public var bids: [PluginBid] { dispatch?.bids ?? [] }
}
