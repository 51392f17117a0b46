import DossierEngine
import DossierIndex
import DossierKit
import DossierOutput
import DossierStore
import Foundation
import MCP

/// What the tools answer from: the engine (store contents, answerers) and the store
/// (stored document texts). Every call reads; nothing is written.
struct DossierTools: Sendable {
    let engine: QuestionEngine
    let store: FactStore

    /// Runs one tool. A bad argument or a failure inside the call is a tool error (the
    /// result says `isError`); only an unknown tool name is a protocol error.
    func call(_ name: String, arguments: [String: Value]) async throws -> CallTool.Result {
        let arguments = ToolArguments(tool: name, values: arguments)
        do {
            switch name {
            case "ask": return try await ask(arguments)
            case "search": return try search(arguments)
            case "timeline": return try timeline(arguments)
            case "sources": return try sources(arguments)
            default:
                throw MCPError.invalidParams("no tool is called '\(name)'; tools/list gives ask, search, timeline and sources")
            }
        } catch let error as ToolError {
            return error.result
        }
    }

    /// The result of a call that worked: the structured value and its text rendering.
    static func result(text: String, structured: Value) -> CallTool.Result {
        CallTool.Result(content: [.text(text: text, annotations: nil, _meta: nil)], structuredContent: Optional(structured), isError: false)
    }

    /// A citation in the JSON record's form.
    static func citation(_ citation: Citation) -> Value {
        [
            "source": .string(citation.source), "title": .string(citation.title), "locator": .string(citation.locator),
            "quote": citation.quote.map(Value.string) ?? .null,
            "start": citation.start.map(Value.int) ?? .null, "end": citation.end.map(Value.int) ?? .null,
        ]
    }
}

/// A call that cannot be carried out as asked: sent back as a result with `isError`,
/// naming what was wrong, so the client (or the model behind it) can correct itself.
struct ToolError: Error {
    let message: String

    var result: CallTool.Result {
        CallTool.Result(content: [.text(text: message, annotations: nil, _meta: nil)], isError: true)
    }
}

/// A tool's arguments, read with messages that name the tool and the argument.
struct ToolArguments {
    let tool: String
    let values: [String: Value]

    func string(_ name: String, required: Bool) throws(ToolError) -> String? {
        guard let value = values[name], value != .null else {
            if required { throw ToolError(message: "\(tool): the argument '\(name)' is missing; give it as a string") }
            return nil
        }
        guard let text = value.stringValue else {
            throw ToolError(message: "\(tool): the argument '\(name)' must be a string, not \(Self.kind(of: value))")
        }
        return text
    }

    func integer(_ name: String) throws(ToolError) -> Int? {
        guard let value = values[name], value != .null else { return nil }
        if let number = value.intValue { return number }
        if let number = value.doubleValue, number == number.rounded(), abs(number) < 1e9 { return Int(number) }
        if let text = value.stringValue, let number = Int(text.trimmingCharacters(in: .whitespaces)) { return number }
        throw ToolError(message: "\(tool): the argument '\(name)' must be a whole number, not \(Self.kind(of: value))")
    }

    /// Refuses arguments the tool does not take, so a misspelt name is not silently ignored.
    func onlyKnown(_ names: Set<String>) throws(ToolError) {
        let unknown = values.keys.filter { !names.contains($0) }.sorted()
        guard unknown.isEmpty else {
            let known = names.isEmpty ? "none" : names.sorted().joined(separator: ", ")
            throw ToolError(message: "\(tool): unknown argument \(unknown.map { "'\($0)'" }.joined(separator: ", ")); it takes \(known)")
        }
    }

    private static func kind(of value: Value) -> String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .int, .double: "a number"
        case .string: "a string"
        case .data: "binary data"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
