import DossierEngine
import DossierIndex
import DossierKit
import DossierOutput
import DossierStore
import Foundation
import MCP

extension DossierTools {
    /// `ask {"question": string}`: the answer record of the JSON mode as structured
    /// content, its text rendering as text. The same limits as batch mode: at most
    /// ``InputLine/maximumBytes`` of UTF-8, control characters and escapes removed.
    func ask(_ arguments: ToolArguments) async throws -> CallTool.Result {
        try arguments.onlyKnown(["question"])
        guard let question = try arguments.string("question", required: true) else { throw ToolError(message: "ask: no question") }
        let bytes = Array(question.utf8)
        if bytes.count > InputLine.maximumBytes {
            throw ToolError(message: """
                ask: the question is \(bytes.count) bytes long; a question may be at most \(InputLine.maximumBytes) bytes \
                (16 KiB) of UTF-8. Shorten it or ask several questions.
                """)
        }
        guard let response = await engine.ask(line: bytes, totalLength: bytes.count, number: 1) else {
            throw ToolError(message: "ask: the question is empty (blank or a # comment); give a question such as \"When did Russia open its embassy?\"")
        }
        let record = response.record
        if record.status == .error {
            throw ToolError(message: "ask: \(record.error?.message ?? "the question could not be asked")")
        }
        let json = JSONLineEncoder.encode(record)
        let structured: Value
        do {
            structured = try JSONDecoder().decode(Value.self, from: Data(json.utf8))
        } catch {
            throw ToolError(message: "ask: internal error: the answer record is not valid JSON (\(error)); please report this")
        }
        let text = TextRenderer(sources: engine.index.sources, color: false, width: nil).render(record)
        return Self.result(text: text, structured: structured)
    }
}
