import DossierEngine
import DossierKit
import Testing
import DossierOutput

struct InputLineTests {
    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func aPlainLineIsAQuestion() {
        #expect(InputLine.read(bytes("when did Norland open its embassy?"), number: 1)
            == .question("when did Norland open its embassy?"))
    }

    @Test(arguments: [
        [UInt8](),
        Array("   ".utf8),
        Array("\t \r".utf8),
        Array("# a comment".utf8),
        Array("   # an indented comment".utf8),
        Array("#".utf8),
    ])
    func blankAndCommentLinesAreSkipped(line: [UInt8]) {
        #expect(InputLine.read(line, number: 4) == .skip)
    }

    @Test func invalidUTF8NamesTheLineAndTheByteOffset() throws {
        let line: [UInt8] = bytes("when did ") + [0xC3, 0x28] + bytes(" open?")
        guard case let .failure(_, error) = InputLine.read(line, number: 12) else {
            Issue.record("expected a failure")
            return
        }
        #expect(error == DossierError.invalidUTF8)
        #expect(error.message.contains("line 12"))
        #expect(error.message.contains("byte 10"))
        #expect(error.message.lowercased().contains("0xc3"))
    }

    @Test(arguments: [
        ([UInt8]([0xFF]), 1),
        ([UInt8]([0x61, 0x62, 0x80]), 3),
        ([UInt8]([0xE2, 0x82]), 1),
        ([UInt8]([0x61, 0xED, 0xA0, 0x80]), 2),  // an encoded surrogate
        ([UInt8]([0xC0, 0xAF]), 1),  // overlong
    ])
    func reportsTheFirstBadByteCountingFromOne(line: [UInt8], byte: Int) {
        guard case let .failure(_, error) = InputLine.read(line, number: 1) else {
            Issue.record("expected a failure for \(line)")
            return
        }
        #expect(error.code == .invalidUTF8)
        #expect(error.message.contains("byte \(byte) "))
    }

    @Test func removesNULBytes() {
        let line = bytes("when did\u{0}Norland\u{0}\u{0} open its embassy?")
        #expect(InputLine.read(line, number: 1) == .question("when did Norland open its embassy?"))
    }

    @Test(arguments: [
        ("\u{1B}[31mwhen\u{1B}[0m did Norland open?", "when did Norland open?"),
        ("when did \u{1B}]0;pwned\u{07}Norland open?", "when did Norland open?"),
        ("when did \u{1B}]8;;http://x\u{1B}\\Norland open?", "when did Norland open?"),
        ("when\u{9B}2J did Norland open?", "when did Norland open?"),
        ("when did Norland\u{1B}c open?", "when did Norland open?"),
        ("when\u{7F} did\u{8} Norland open?", "when did Norland open?"),
        ("when did \u{202E}Norland open?", "when did Norland open?"),
    ])
    func removesEscapeSequencesAndControls(raw: String, cleaned: String) {
        #expect(InputLine.read(bytes(raw), number: 1) == .question(cleaned))
    }

    @Test func stripsATrailingCarriageReturn() {
        #expect(InputLine.read(bytes("when did Norland open?\r"), number: 1) == .question("when did Norland open?"))
    }

    @Test func aLineOfOnlyControlsIsAnEmptyQuestion() {
        guard case let .failure(_, error) = InputLine.read([0x01, 0x02, 0x1B, 0x5B, 0x6D], number: 5) else {
            Issue.record("expected a failure")
            return
        }
        #expect(error.code == .emptyQuestion)
        #expect(error.message.contains("line 5"))
    }

    @Test func anOverLongLineIsRefusedWithItsLength() {
        let kept = [UInt8](repeating: UInt8(ascii: "a"), count: InputLine.maximumBytes)
        guard case let .failure(question, error) = InputLine.read(kept, totalLength: 1 << 20, number: 3) else {
            Issue.record("expected a failure")
            return
        }
        #expect(error == DossierError.lineTooLong)
        #expect(error.message.contains("line 3"))
        #expect(error.message.contains("\(1 << 20)"))
        #expect(question.count < 100)
    }

    @Test func aLineOfExactlyTheLimitIsAsked() {
        let line = [UInt8](repeating: UInt8(ascii: "a"), count: InputLine.maximumBytes)
        guard case .question = InputLine.read(line, totalLength: line.count, number: 1) else {
            Issue.record("expected a question")
            return
        }
    }

    @Test func cleanFoldsRunsOfWhiteSpace() {
        #expect(InputLine.clean("  when \t did\n\nNorland   open?  ") == "when did Norland open?")
    }

    /// Printable ASCII already clean comes back as it is; one space too many, one control
    /// character or one non-ASCII space anywhere still goes through the full cleaning.
    @Test func cleanKeepsCleanTextAndStillCleansTheRest() {
        #expect(InputLine.clean("when did Norland open its embassy?") == "when did Norland open its embassy?")
        #expect(InputLine.clean("when  did") == "when did")
        #expect(InputLine.clean(" when") == "when")
        #expect(InputLine.clean("when ") == "when")
        #expect(InputLine.clean("when\u{7F}did") == "when did")
        #expect(InputLine.clean("when\u{A0}did") == "when did")
        #expect(InputLine.clean("when\u{1B}[31mdid") == "whendid")
        #expect(InputLine.clean("") == "")
        #expect(InputLine.clean("Árbenz?") == "Árbenz?")
    }
}
