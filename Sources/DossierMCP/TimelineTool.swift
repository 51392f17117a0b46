import DossierEngine
import DossierIndex
import DossierKit
import DossierOutput
import DossierStore
import Foundation
import MCP

extension DossierTools {
    /// `timeline {"entity"?: string, "from"?: string, "to"?: string}`: dated events in
    /// order with precision and citations; the same selection as `dossier timeline`.
    func timeline(_ arguments: ToolArguments) throws -> CallTool.Result {
        try arguments.onlyKnown(["entity", "from", "to"])
        var selection = TimelineSelection(from: try year(arguments, "from"), to: try year(arguments, "to"))
        if let from = selection.from, let to = selection.to, from > to {
            throw ToolError(message: "timeline: 'from' (\(from)) is after 'to' (\(to)); give the earlier year first")
        }
        if let name = try arguments.string("entity", required: false), !name.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let entity = TimelineSelection.entity(named: name, in: engine.index.entities) else {
                throw ToolError(message: "timeline: no entity is called \"\(name)\"; give a country, person or organisation the store knows, or leave 'entity' out")
            }
            selection.entity = entity
        }
        let events = selection.events(in: engine.index)
        let message: Value = events.isEmpty ? .string(selection.emptyMessage) : .null
        let structured: Value = [
            "selection": .string(selection.phrase.isEmpty ? "every dated event" : selection.phrase),
            "message": message,
            "events": .array(events.map { event in
                [
                    "id": .string(event.id), "time": .string(event.time.text), "label": .string(event.dateLabel),
                    "precision": .string(event.time.precision.rawValue), "kind": .string(event.lane.rawValue),
                    "statement": .string(event.statement), "citations": .array(event.citations.map(Self.citation)),
                    "differingDates": .array(event.conflicts.map(Value.string)),
                ]
            }),
        ]
        return Self.result(text: TimelineText.render(events) ?? selection.emptyMessage + "\n", structured: structured)
    }

    private func year(_ arguments: ToolArguments, _ name: String) throws(ToolError) -> Int? {
        guard let year = try arguments.integer(name) else { return nil }
        guard (-9999...9999).contains(year) else { throw ToolError(message: "timeline: '\(name)' is \(year); give a year such as \"1991\"") }
        return year
    }
}
