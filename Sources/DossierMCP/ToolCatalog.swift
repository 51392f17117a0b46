import DossierEngine
import DossierIndex
import DossierKit
import DossierOutput
import DossierStore
import Foundation
import MCP

/// The four tools `dossier mcp` offers, each with a JSON Schema for its arguments and
/// one for its structured result (every successful result matches it).
enum ToolCatalog {
    static let tools: [Tool] = [ask, search, timeline, sources]

    static let ask = Tool(
        name: "ask", title: "Ask Dossier",
        description: """
            Answer a plain-English question about Guatemala's foreign relations from cited facts. \
            The result is Dossier's JSON answer record: status "answered" with the answer and its citations \
            (source, title, locator, quote), or "unknown" with related facts when no fact answers. \
            A question may be at most 16 KiB of UTF-8.
            """,
        inputSchema: object(["question": ["type": "string", "description": "The question, e.g. \"When did Russia open its embassy?\""]],
                            required: ["question"]),
        annotations: .init(readOnlyHint: true, openWorldHint: false),
        outputSchema: object([
            "question": ["type": "string"],
            "status": ["type": "string", "enum": ["answered", "unknown", "error"]],
            "answer": nullable("string"),
            "plugin": nullable("string"),
            "confidence": nullable("number"),
            "interpretation": nullable("string"),
            "citations": ["type": "array", "items": citation],
            "alternatives": ["type": "array", "items": object([
                "plugin": ["type": "string"], "answer": ["type": "string"], "confidence": ["type": "number"],
                "citations": ["type": "array", "items": citation],
            ], required: ["plugin", "answer", "confidence", "citations"], closed: false)],
            "related": ["type": "array", "items": object([
                "statement": ["type": "string"], "citations": ["type": "array", "items": citation],
            ], required: ["statement", "citations"], closed: false)],
            "error": ["type": ["object", "null"]],
        ], required: ["question", "status", "answer", "citations"], closed: false))

    static let search = Tool(
        name: "search", title: "Search the facts and documents",
        description: "The facts and the sentences of ingested documents that best match a query, best first, each with its citation and quote.",
        inputSchema: object([
            "query": ["type": "string", "description": "Words to look for, e.g. \"Putin visit Guatemala\""],
            "limit": ["type": "integer", "minimum": 1, "maximum": .int(SearchLimits.maximum),
                      "description": .string("How many facts and how many passages at most (default \(SearchLimits.standard))")],
        ], required: ["query"]),
        annotations: .init(readOnlyHint: true, openWorldHint: false),
        outputSchema: object([
            "query": ["type": "string"],
            "facts": ["type": "array", "items": object([
                "id": ["type": "string"], "statement": ["type": "string"], "predicate": ["type": "string"],
                "time": nullable("string"), "score": ["type": "number"], "citations": ["type": "array", "items": citation],
            ], required: ["id", "statement", "citations"], closed: false)],
            "passages": ["type": "array", "items": object([
                "text": ["type": "string"], "score": ["type": "number"], "citation": citation,
            ], required: ["text", "citation"], closed: false)],
        ], required: ["query", "facts", "passages"], closed: false))

    static let timeline = Tool(
        name: "timeline", title: "Timeline of cited events",
        description: "Dated events in time order, each with its date, precision (day, month, year, decade, span), kind and citations; optionally only those about one entity or within years.",
        inputSchema: object([
            "entity": ["type": "string", "description": "An entity's name, alias or id, e.g. \"Russia\""],
            "from": ["type": ["string", "integer"], "description": "First year, e.g. \"1990\""],
            "to": ["type": ["string", "integer"], "description": "Last year, e.g. \"2010\""],
        ], required: []),
        annotations: .init(readOnlyHint: true, openWorldHint: false),
        outputSchema: object([
            "selection": ["type": "string"],
            "message": nullable("string"),
            "events": ["type": "array", "items": object([
                "id": ["type": "string"], "time": ["type": "string"], "label": ["type": "string"],
                "precision": ["type": "string", "enum": ["day", "month", "year", "decade", "span"]],
                "kind": ["type": "string"], "statement": ["type": "string"],
                "citations": ["type": "array", "items": citation],
                "differingDates": ["type": "array", "items": ["type": "string"]],
            ], required: ["id", "time", "precision", "statement", "citations"], closed: false)],
        ], required: ["selection", "events"], closed: false))

    static let sources = Tool(
        name: "sources", title: "Sources in the store",
        description: "The documents Dossier's facts cite, with their ids, titles, publishers and dates; each can be read as the resource dossier://source/ID.",
        inputSchema: object([:], required: []),
        annotations: .init(readOnlyHint: true, openWorldHint: false),
        outputSchema: object([
            "sources": ["type": "array", "items": object([
                "id": ["type": "string"], "title": ["type": "string"], "publisher": ["type": "string"],
                "kind": ["type": "string"], "published": nullable("string"), "uri": ["type": "string"],
                "facts": ["type": "integer"], "ingested": ["type": "boolean"],
            ], required: ["id", "title", "publisher", "uri"], closed: false)],
        ], required: ["sources"], closed: false))

    /// A citation as every result writes it (the JSON record's form).
    static let citation: Value = object([
        "source": ["type": "string"], "title": ["type": "string"], "locator": ["type": "string"],
        "quote": nullable("string"), "start": nullable("number"), "end": nullable("number"),
    ], required: ["source", "title", "locator"], closed: false)

    static func object(_ properties: [String: Value], required: [String], closed: Bool = true) -> Value {
        var schema: [String: Value] = ["type": "object", "properties": .object(properties), "required": .array(required.map { .string($0) })]
        if closed { schema["additionalProperties"] = false }
        return .object(schema)
    }

    static func nullable(_ type: String) -> Value { ["type": [.string(type), "null"]] }
}

/// How many results `search` gives.
enum SearchLimits {
    static let standard = 10
    static let maximum = 50
}
