public import DossierEngine
public import DossierKit
public import DossierIndex
import DossierOutput

/// The text each meta-command prints, made from the fact index, the answerers and the
/// last dispatch. Every string from the store or a plugin is sanitised on the way out.
public struct MetaCommandOutput: Sendable {
    private let index: FactIndex
    private let answerers: [any Answerer]
    private let lookup: EntityLookup
    private let layout: TextLayout

    /// Creates the output for an index and its answerers, wrapped to `width` columns.
    public init(index: FactIndex, answerers: [any Answerer], width: Int?) {
        self.index = index
        self.answerers = answerers
        lookup = EntityLookup(entities: index.entities)
        layout = TextLayout(width: width)
    }

    /// The keys the shell binds, as `:help` lists them.
    public static let keys: [(key: String, action: String)] = [
        ("Up, Down", "earlier and later lines from the history"),
        ("Ctrl-R", "search the history as you type"),
        ("Tab", "complete a command, plugin, source id or name"),
        ("Ctrl-A, Ctrl-E", "start and end of the line (emacs keys)"),
        ("Ctrl-C", "clear the line, or stop an answer being worked out"),
        ("Ctrl-D", "leave the shell (on an empty line)"),
    ]

    /// The list of commands and keys.
    public func help() -> String {
        var out = "Type a question, or a command:\n"
        for usage in MetaCommand.usages {
            let head = ":" + usage.name + (usage.argument.isEmpty ? "" : " " + usage.argument)
            out += layout.block(head.padding(to: 20) + usage.summary, indent: "  ", hanging: String(repeating: " ", count: 22))
        }
        out += "Keys:\n"
        for (key, action) in Self.keys {
            out += layout.block(key.padding(to: 20) + action, indent: "  ", hanging: String(repeating: " ", count: 22))
        }
        return out
    }

    /// The answerers, each with its summary and example questions; only `name` when given.
    public func plugins(named name: String?) -> String {
        let chosen = answerers.filter { name == nil || $0.name == name?.lowercased() }
        guard !chosen.isEmpty else { return "no answerer is named \(clean(name ?? "")); :plugins lists them\n" }
        var out = ""
        for answerer in chosen {
            out += layout.block("\(answerer.name) \(answerer.version): \(answerer.summary)", hanging: "    ")
            for example in answerer.exampleQuestions {
                out += layout.block("e.g. " + example, indent: "    ", hanging: "         ")
            }
        }
        return out
    }

    /// Every source with its id, title and how many facts cite it.
    public func sources() -> String {
        var out = ""
        let counts = index.factCountsBySource()
        for source in index.sources {
            let count = counts[source.id] ?? 0
            out += layout.block(source.id)
            out += layout.block("\(source.title)\(source.knownPublisher.map { " (\($0))" } ?? ""), \(count) facts", indent: "    ")
        }
        return out.isEmpty ? "the store holds no sources\n" : out
    }

    /// One source: title, publisher, kind, date and sections.
    public func source(id: String) -> String {
        guard let source = index.source(id) else {
            return "no source has the id \(clean(id)); :sources lists them\n"
        }
        var out = layout.block(source.title)
        out += layout.block("id: \(source.id)", indent: "  ")
        out += layout.block("publisher: \(source.knownPublisher ?? "not given")", indent: "  ")
        out += layout.block("kind: \(source.kind)", indent: "  ")
        out += layout.block("published: \(source.published ?? "not given")", indent: "  ")
        out += layout.block("sections: " + (source.sections.isEmpty ? "none listed" : source.sections.joined(separator: "; ")),
                            indent: "  ", hanging: "    ")
        return out
    }

    /// The facts about an entity, dated ones first in time order.
    public func facts(about name: String) -> String {
        guard let entity = lookup.entity(named: name) else { return unknownEntity(name) }
        let facts = index.facts(about: entity.id).sorted(by: Self.chronological)
        guard !facts.isEmpty else { return "no facts about \(clean(entity.name))\n" }
        return layout.block("\(entity.name): \(facts.count) facts") + facts.map(factBlock).joined()
    }

    /// Dated facts in time order, about one entity when a name is given.
    public func timeline(of name: String?) -> String {
        var facts = index.facts
        if let name {
            guard let entity = lookup.entity(named: name) else { return unknownEntity(name) }
            facts = index.facts(about: entity.id)
        }
        let dated = facts.filter { $0.time != nil }.sorted(by: Self.chronological)
        return dated.isEmpty ? "no dated facts\n" : dated.map(factBlock).joined()
    }

    /// Every answerer's bids and reasons for the last question, or only `plugin`'s,
    /// through the explanation `-v` prints too.
    public func why(_ dispatch: Dispatch?, plugin: String?) -> String {
        guard let dispatch else { return "no question asked yet\n" }
        return DispatchExplanation(answerers: answerers.map(\.name), width: layout.width).text(dispatch, plugin: plugin)
    }

    /// The history, numbered from the oldest entry.
    public func history(_ entries: [String]) -> String {
        guard !entries.isEmpty else { return "the history is empty\n" }
        let width = String(entries.count).count
        return entries.enumerated().map { number, entry in
            let label = String(number + 1)
            return layout.block(String(repeating: " ", count: width - label.count) + label + "  " + entry)
        }.joined()
    }

    private func factBlock(_ fact: Fact) -> String {
        let when = fact.time?.label ?? "undated"
        let cited = fact.citations.map { "\($0.source), \($0.locator)" }.joined(separator: "; ")
        return layout.block("\(when.padding(to: 12)) \(fact.statement) [\(cited)]", indent: "  ", hanging: "               ")
    }

    private func unknownEntity(_ name: String) -> String {
        "no entity is called \(clean(name)); type a few letters and press Tab to see the names\n"
    }

    private func clean(_ text: String) -> String { TerminalSanitizer.clean(text) }

    private static func chronological(_ a: Fact, _ b: Fact) -> Bool {
        switch (a.time, b.time) {
        case let (x?, y?): x < y || (!(y < x) && a.id < b.id)
        case (nil, nil): a.id < b.id
        case (.some, nil): true
        case (nil, .some): false
        }
    }
}
