public import DossierKit
import DossierOutput

/// How a dispatch went, as `-v` (on standard error) and the shell's `:why` show it: the
/// question as read, every bid with its confidence to two decimals (the winner marked
/// `*`), the bids dropped and why, the answerers that failed or ran out of time, and the
/// answerers that stayed silent. One renderer, so the two never disagree.
public struct DispatchExplanation: Sendable {
    private let answerers: [String]
    private let layout: TextLayout

    /// An explanation over the answerers' names (in registration order), wrapped to
    /// `width` columns (nil: no wrapping).
    public init(answerers: [String], width: Int?) {
        self.answerers = answerers
        layout = TextLayout(width: width)
    }

    /// The explanation of `dispatch`, only `plugin`'s lines when given; `closest` adds the
    /// facts that scored highest for the question, as `-v` shows them.
    public func text(_ dispatch: Dispatch, plugin: String? = nil, closest: [FactMatch] = []) -> String {
        let wanted = { (name: String) in plugin == nil || name == plugin?.lowercased() }
        var out = layout.block("for: \(dispatch.question.text)")
        out += layout.block("read as: " + Self.reading(dispatch.question), indent: "  ", hanging: "    ")
        for bid in dispatch.bids where wanted(bid.plugin) {
            // The winner's mark goes in the indent: the wrapper would drop a leading space.
            let mark = bid.plugin == dispatch.winner?.plugin && bid.bid == dispatch.winner?.bid ? " * " : "   "
            out += layout.block("\(pad(bid.plugin)) \(TextRenderer.format(bid.bid.confidence))  \(bid.bid.reason)",
                                indent: mark, hanging: String(repeating: " ", count: 19))
        }
        for rejected in dispatch.rejected where wanted(rejected.plugin) {
            out += layout.block("\(pad(rejected.plugin)) dropped: \(rejected.reason)", indent: "   ", hanging: "    ")
        }
        for failure in dispatch.failures where wanted(failure.plugin) {
            out += layout.block("\(pad(failure.plugin)) failed: \(failure.message)", indent: "   ", hanging: "    ")
        }
        let spoke = Set(dispatch.bids.map(\.plugin) + dispatch.rejected.map(\.plugin) + dispatch.failures.map(\.plugin))
        for name in answerers where !spoke.contains(name) && wanted(name) {
            out += layout.block("\(pad(name)) no bid", indent: "   ")
        }
        if dispatch.winner == nil { out += layout.block("no bid reached the threshold, so the answer was unknown") }
        if !closest.isEmpty {
            out += layout.block("closest facts:")
            for match in closest {
                let missing = match.missingTerms.isEmpty ? "" : ", missing " + match.missingTerms.joined(separator: " ")
                out += layout.block("\(Self.twoDecimals(match.score)) \(match.fact.id) [\(match.fact.predicate)]\(missing)",
                                    indent: "  ", hanging: "       ")
            }
        }
        return out
    }

    /// The analysis in one line: kind, entities, terms, time.
    static func reading(_ question: Question) -> String {
        let time = question.time.map { "\($0.from.map(String.init) ?? "")..\($0.to.map(String.init) ?? "")" } ?? "none"
        let entities = question.entityIDs.isEmpty ? "none" : question.entityIDs.joined(separator: ", ")
        let terms = question.terms.isEmpty ? "none" : question.terms.joined(separator: " ")
        return "kind \(question.kind), entities \(entities), terms \(terms), time \(time)"
    }

    private func pad(_ name: String) -> String { name + String(repeating: " ", count: max(0, 9 - name.count)) }

    /// A score to two decimals, like confidences, but not clamped to 0...1.
    static func twoDecimals(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        let hundredths = Int((abs(value) * 100).rounded())
        let fraction = hundredths % 100
        return (value < 0 ? "-" : "") + "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + String(fraction)
    }
}
