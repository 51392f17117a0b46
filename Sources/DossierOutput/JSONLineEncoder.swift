import DossierKit

/// Writes an ``AnswerRecord`` as one line of JSON, keys in the order of DESIGN.md.
///
/// Text stays lossless but every control character, DEL, C1 control, line separator and
/// bidirectional override is written as a `\u` escape, so a JSON line printed on a
/// terminal cannot drive it.
public enum JSONLineEncoder {
    /// The record as one line of JSON, without the newline.
    public static func encode(_ record: AnswerRecord) -> String {
        var out = JSONObjectWriter()
        out.field("question", record.question)
        out.field("status", record.status.rawValue)
        out.field("answer", record.answer)
        out.field("plugin", record.plugin)
        out.field("confidence", record.confidence)
        out.field("interpretation", record.interpretation)
        out.rawField("citations", array(record.citations.map(citation)))
        out.rawField("alternatives", array(record.alternatives.map { alternative in
            var writer = JSONObjectWriter()
            writer.field("plugin", alternative.plugin)
            writer.field("answer", alternative.answer)
            writer.field("confidence", alternative.confidence)
            writer.rawField("citations", array(alternative.citations.map(citation)))
            return writer.finish()
        }))
        out.rawField("related", array(record.related.map { related in
            var writer = JSONObjectWriter()
            writer.field("statement", related.statement)
            writer.rawField("citations", array(related.citations.map(citation)))
            return writer.finish()
        }))
        if let error = record.error {
            var writer = JSONObjectWriter()
            writer.field("code", error.code)
            writer.field("message", error.message)
            out.rawField("error", writer.finish())
        } else {
            out.rawField("error", "null")
        }
        return out.finish()
    }

    static func citation(_ citation: Citation) -> String {
        var writer = JSONObjectWriter()
        writer.field("source", citation.source)
        writer.field("title", citation.title)
        writer.field("locator", citation.locator)
        writer.field("quote", citation.quote)
        writer.field("start", citation.start.map(Double.init))
        writer.field("end", citation.end.map(Double.init))
        return writer.finish()
    }

    static func array(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }
}

/// Builds one JSON object field by field: the one JSON writer of every `--json` output
/// (answers, sources, plugins, eval, ingest, check), so every string in it escapes
/// control and bidirectional characters the same way.
public struct JSONObjectWriter: Sendable {
    private var text = "{"

    /// An empty object.
    public init() {}

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || scalar == "\\" || TerminalSanitizer.isUnsafe(scalar)
    }

    /// True when every byte of the string is a printable ASCII character other than a
    /// quote or a backslash: nothing in it needs escaping, found without decoding scalars.
    private static func isPlainASCII(_ string: String) -> Bool {
        string.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
    }

    /// A string field; nil writes `null`.
    public mutating func field(_ key: String, _ value: String?) {
        guard let value else { return rawField(key, "null") }
        startField(key)
        Self.appendQuoted(value, to: &text)
    }

    /// A number field; nil, infinities and NaN write `null`.
    public mutating func field(_ key: String, _ value: Double?) {
        guard let value, value.isFinite else { return rawField(key, "null") }
        rawField(key, value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value))
    }

    /// An integer field.
    public mutating func field(_ key: String, _ value: Int) {
        rawField(key, String(value))
    }

    /// A boolean field.
    public mutating func field(_ key: String, _ value: Bool) {
        rawField(key, value ? "true" : "false")
    }

    /// An array of strings.
    public mutating func field(_ key: String, _ values: [String]) {
        rawField(key, Self.array(values.map(Self.quoted)))
    }

    /// A field whose value is already JSON (an object from another writer, an array).
    public mutating func rawField(_ key: String, _ json: String) {
        startField(key)
        text += json
    }

    /// The separator from the field before, if any, and the key.
    private mutating func startField(_ key: String) {
        if text.utf8.count > 1 { text += "," }
        Self.appendQuoted(key, to: &text)
        text += ":"
    }

    /// The object, on one line, without a newline.
    public func finish() -> String { text + "}" }

    /// A JSON array of values that are already JSON.
    public static func array(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }

    /// A string as a JSON string literal, every unsafe character escaped.
    public static func quoted(_ string: String) -> String {
        var out = ""
        appendQuoted(string, to: &out)
        return out
    }

    /// Appends the string as a JSON string literal, every unsafe character escaped.
    private static func appendQuoted(_ string: String, to out: inout String) {
        out += "\""
        defer { out += "\"" }
        if isPlainASCII(string) || !string.unicodeScalars.contains(where: needsEscape) { return out += string }
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if TerminalSanitizer.isUnsafe(scalar) {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
    }
}
