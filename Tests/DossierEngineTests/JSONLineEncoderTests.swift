import DossierEngine
import DossierKit
import Foundation
import Testing
import DossierOutput

struct JSONLineEncoderTests {
    private static let keys: Set<String> = [
        "question", "status", "answer", "plugin", "confidence", "interpretation", "citations", "alternatives", "related", "error",
    ]

    private func object(_ line: String) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(line.utf8))
        return try #require(value as? [String: Any])
    }

    private func answeredRecord(answer: String) -> AnswerRecord {
        var record = AnswerRecord(question: "when did Norland open its embassy?", status: .answered)
        record.answer = answer
        record.plugin = "timeline"
        record.confidence = 0.9
        record.interpretation = "embassy.opened, subject Norland"
        record.citations = [Citation(source: "atlas", title: "Atlas – “Norland”", section: "History", paragraph: 2,
                                     quote: "A quoted\tsentence.", start: 10, end: 27)]
        return record
    }

    @Test func writesOneLineOfValidJSONWithEveryKey() throws {
        let line = JSONLineEncoder.encode(answeredRecord(answer: "Norland opened it in 1990."))
        #expect(!line.contains("\n"))
        let json = try object(line)
        #expect(Set(json.keys) == Self.keys)
        #expect(json["status"] as? String == "answered")
        #expect(json["answer"] as? String == "Norland opened it in 1990.")
        #expect(json["plugin"] as? String == "timeline")
        #expect(json["confidence"] as? Double == 0.9)
        #expect(json["error"] is NSNull)
        let citation = try #require((json["citations"] as? [[String: Any]])?.first)
        #expect(citation["source"] as? String == "atlas")
        #expect(citation["title"] as? String == "Atlas – “Norland”")
        #expect(citation["locator"] as? String == "History, paragraph 2")
        #expect(citation["quote"] as? String == "A quoted\tsentence.")
        #expect(citation["start"] as? Int == 10)
        #expect(citation["end"] as? Int == 27)
    }

    @Test func writesKeysInTheDesignOrder() {
        let line = JSONLineEncoder.encode(answeredRecord(answer: "x"))
        let positions = ["question", "status", "answer", "plugin", "confidence", "interpretation", "citations",
                         "alternatives", "related", "error"].compactMap { line.range(of: "\"\($0)\":")?.lowerBound }
        #expect(positions.count == 10)
        #expect(positions == positions.sorted())
    }

    @Test func anUnknownRecordHasNullsAndEmptyArrays() throws {
        let json = try object(JSONLineEncoder.encode(AnswerRecord(question: "what is the population?", status: .unknown)))
        #expect(Set(json.keys) == Self.keys)
        #expect(json["answer"] is NSNull)
        #expect(json["plugin"] is NSNull)
        #expect(json["confidence"] is NSNull)
        #expect((json["citations"] as? [Any])?.isEmpty == true)
        #expect((json["related"] as? [Any])?.isEmpty == true)
    }

    @Test func anErrorRecordCarriesCodeAndMessage() throws {
        let record = AnswerRecord(question: "bad", error: DossierError(.invalidUTF8, "line 2: byte 5 (0xff) is not valid UTF-8"))
        let json = try object(JSONLineEncoder.encode(record))
        #expect(json["status"] as? String == "error")
        let error = try #require(json["error"] as? [String: Any])
        #expect(error["code"] as? String == "invalid-utf8")
        #expect(error["message"] as? String == "line 2: byte 5 (0xff) is not valid UTF-8")
    }

    @Test(arguments: [
        "\u{1B}[31mred", "nul\u{0}", "bell\u{07}", "del\u{7F}", "c1\u{9B}", "bidi\u{202E}", "isolate\u{2067}", "sep\u{2028}",
        "quote\" and backslash\\", "new\nline", "tab\tcr\r",
    ])
    func escapesControlsAndBidiButKeepsTheTextWhole(text: String) throws {
        let line = JSONLineEncoder.encode(answeredRecord(answer: text))
        #expect(!line.unicodeScalars.contains { TerminalSanitizer.isUnsafe($0) })
        let json = try object(line)
        #expect(json["answer"] as? String == text)
    }

    @Test func keepsAccentsAndTypographyUnescaped() {
        let line = JSONLineEncoder.encode(answeredRecord(answer: "Tomás Quirera – “Pellór”"))
        #expect(line.contains("Tomás Quirera – “Pellór”"))
    }
}
