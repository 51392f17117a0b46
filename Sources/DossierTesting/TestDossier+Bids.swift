import DossierEngine
import DossierOutput
public import DossierKit

extension TestDossier {
    /// The valid bids made for a question, best first, by every answerer or only by the
    /// one named.
    ///
    /// Use it to check what an answerer offers even when it does not win, or that it
    /// stays silent: `#expect(await dossier.bids(for: "what does X export?").isEmpty)`.
    public func bids(for question: String, by answerer: String? = nil) async -> [Bid] {
        await ask(question).bids.filter { answerer == nil || $0.plugin == answerer }.map(\.bid)
    }

    /// Why the dispatcher dropped each bid it dropped for a question (what the shell's
    /// `:why` shows), as `"plugin: reason"`.
    public func rejections(for question: String) async -> [String] {
        (await ask(question).dispatch?.rejected ?? []).map { "\($0.plugin): \($0.reason)" }
    }
}

extension TestAnswer {
    /// True when some answerer's bid answered the question.
    public var isAnswered: Bool { record.status == .answered }
    /// The winning answer's citations; empty when unknown.
    public var citations: [Citation] { record.citations }
    /// The source ids the winning answer cites.
    public var sources: [String] { record.citations.map(\.source) }
}
