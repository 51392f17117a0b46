public import DossierKit
public import DossierStore
public import DossierIndex
public import DossierOutput
public import Logging
import DossierLanguage

/// One question's way through: analyse, dispatch to the answerers, and make the record,
/// offering related facts when nobody answers.
public struct QuestionEngine: Sendable {
    /// The facts every answerer reads.
    public let index: FactIndex
    /// Reads questions the way the index reads facts.
    public let analyzer: QuestionAnalyzer
    /// The answerers and the rules that pick the answer.
    public let dispatcher: Dispatcher

    /// Creates an engine over an index and a list of answerers; `logger` receives the
    /// dispatcher's reports (failures, timeouts, bids at debug level).
    public init(index: FactIndex, answerers: [any Answerer], threshold: Double = Confidence.threshold, logger: Logger? = nil) {
        let dispatcher = logger.map { Dispatcher(answerers: answerers, threshold: threshold, logger: $0) }
            ?? Dispatcher(answerers: answerers, threshold: threshold)
        self.init(index: index, dispatcher: dispatcher)
    }

    /// Creates an engine over an index with a dispatcher configured by the caller (its
    /// threshold, margin, time budget and logger).
    public init(index: FactIndex, dispatcher: Dispatcher) {
        self.index = index
        analyzer = QuestionAnalyzer(
            reader: index.reader, entities: index.entities,
            spelling: QuestionSpelling(
                lexicon: index.reader.lexicon, names: { index.entities.flatMap { [$0.name] + $0.aliases } },
                vocabulary: { index.vocabulary() }))
        self.dispatcher = dispatcher
    }

    /// Opens the engine on a store, loading the bundled fact pack into it first when the
    /// store holds none, an older one, or one of the same version with other contents. The
    /// pack is decoded only then: a store that already holds it starts without that cost.
    public static func open(
        store: FactStore, answerers: [any Answerer], fingerprint: String, logger: Logger? = nil,
        pack: () throws(DossierError) -> FactPack
    ) throws(DossierError) -> QuestionEngine {
        try installPack(in: store, fingerprint: fingerprint, pack: pack)
        return QuestionEngine(index: try index(of: store, for: answerers), answerers: answerers, logger: logger)
    }

    /// Loads a fact pack into the store when it holds none, an older one, or one of the
    /// same version with other contents (the pack is decoded only then), and quotes the
    /// citations of the new facts; a newer pack already in the store is kept. True when the
    /// pack was installed.
    @discardableResult
    public static func installPack(
        in store: FactStore, fingerprint: String = FactPack.bundledFingerprint,
        pack: () throws(DossierError) -> FactPack = FactPack.bundled
    ) throws(DossierError) -> Bool {
        guard try store.packFingerprint() != fingerprint else { return false }
        let pack = try pack()
        guard try store.packVersion() ?? -1 <= pack.version else { return false }
        try store.installPack(version: pack.version, fingerprint: pack.fingerprint, contents: pack.contents)
        try StoredQuotes.refresh(in: store)
        return true
    }

    /// The index of everything a store holds: facts, sentences, and the entities of the
    /// pack joined by those documents introduced (a pack entity keeps its id and aliases),
    /// with the roles the answerers ask for by a concept (``Answerer/roleConcepts``).
    public static func index(of store: FactStore, for answerers: [any Answerer] = []) throws(DossierError) -> FactIndex {
        let outline = try store.outline()
        return try FactIndex.stored(
            in: store, outline: outline, entities: try entities(of: store, pack: outline.entities),
            roleConcepts: roleConcepts(of: answerers))
    }

    /// Stores the readings of what was written to the store since the index was built
    /// (ingested documents), so the next process reads none of it again; with the roles of
    /// `answerers`, as ``index(of:for:)`` reads them.
    public static func storeReadings(of store: FactStore, for answerers: [any Answerer] = []) throws(DossierError) {
        try FactIndex.refreshReadings(
            in: store, entities: try entities(of: store),
            roleConcepts: roleConcepts(of: answerers))
    }

    /// The store's entities, with those its documents introduced after them (a pack entity
    /// keeps its id and aliases), as ``index(of:for:)`` indexes them.
    static func entities(of store: FactStore) throws(DossierError) -> [Entity] {
        try entities(of: store, pack: try store.storedEntities())
    }

    private static func entities(of store: FactStore, pack: [Entity]) throws(DossierError) -> [Entity] {
        let packIDs = Set(pack.map(\.id))
        return pack + (try store.introducedEntities().filter { !packIDs.contains($0.id) })
    }

    /// Every answerer's ``Answerer/roleConcepts`` joined: role to the concepts that ask for it.
    public static func roleConcepts(of answerers: [any Answerer]) -> [String: Set<String>] {
        var joined: [String: Set<String>] = [:]
        for answerer in answerers {
            for (role, concept) in answerer.roleConcepts { joined[role, default: []].insert(concept) }
        }
        return joined
    }

    /// Opens the engine on a store with the fact pack compiled into the binary.
    public static func open(store: FactStore, answerers: [any Answerer], logger: Logger? = nil) throws(DossierError) -> QuestionEngine {
        try open(
            store: store, answerers: answerers, fingerprint: FactPack.bundledFingerprint, logger: logger, pack: FactPack.bundled)
    }

    /// Opens the engine on a store with a given fact pack.
    public static func open(store: FactStore, answerers: [any Answerer], pack: FactPack) throws(DossierError) -> QuestionEngine {
        try open(store: store, answerers: answerers, fingerprint: pack.fingerprint, pack: { pack })
    }

    /// What happened to one question.
    public struct Response: Sendable {
        /// The record to print.
        public var record: AnswerRecord
        /// The dispatch behind it, with every bid; nil for lines that could not be asked.
        public var dispatch: Dispatch?
    }

    /// Answers one question.
    public func ask(_ text: String) async -> Response {
        let question = analyzer.analyze(text)
        let view = QuestionView(index: index, question: question)
        let dispatch = await dispatcher.dispatch(question, in: view)
        let related = dispatch.winner == nil ? relatedFacts(for: question, in: view) : []
        if let damage = index.takeImageDamageReport() { dispatcher.logger.warning("\(damage)") }
        return Response(record: AnswerRecord(dispatch: dispatch, related: related), dispatch: dispatch)
    }

    /// Answers one line of input: a question, a line to skip (nil), or an error record.
    public func ask(line bytes: [UInt8], totalLength: Int? = nil, number: Int) async -> Response? {
        switch InputLine.read(bytes, totalLength: totalLength, number: number) {
        case .skip:
            return nil
        case .question(let text):
            return await ask(text)
        case .failure(let question, let error):
            return Response(record: AnswerRecord(question: question, error: error), dispatch: nil)
        }
    }

    /// Facts that share something with an unanswered question, offered instead of an answer.
    private func relatedFacts(for question: Question, in view: QuestionView) -> [Fact] {
        view.relevant(to: question, limit: 3).filter { $0.score >= 0.2 }.map(\.fact)
    }
}
