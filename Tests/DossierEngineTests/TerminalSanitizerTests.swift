import DossierEngine
import Testing
import DossierOutput

struct TerminalSanitizerTests {
    @Test(arguments: [
        ("plain text stays", "plain text stays"),
        ("Tomás Quirera – Pellór “quoted”", "Tomás Quirera – Pellór “quoted”"),
        ("red \u{1B}[31malert", "red \u{FFFD}[31malert"),
        ("bell\u{07}", "bell\u{FFFD}"),
        ("nul\u{0}byte", "nul\u{FFFD}byte"),
        ("c1\u{9B}csi", "c1\u{FFFD}csi"),
        ("del\u{7F}", "del\u{FFFD}"),
        ("bidi \u{202E}reversed\u{202C}", "bidi \u{FFFD}reversed\u{FFFD}"),
        ("isolate \u{2066}x\u{2069}", "isolate \u{FFFD}x\u{FFFD}"),
        ("line\u{2028}separator", "line\u{FFFD}separator"),
        ("two\nlines\tand\rreturn", "two lines and return"),
    ])
    func replacesEveryUnsafeCharacter(raw: String, clean: String) {
        #expect(TerminalSanitizer.clean(raw) == clean)
    }

    @Test func leavesNoEscapeByteInAnyOutput() {
        let hostile = "\u{1B}]0;title\u{07}\u{1B}[2J\u{1B}P+q\u{1B}\\\u{9D}8;;x\u{9C}"
        let cleaned = TerminalSanitizer.clean(hostile)
        #expect(!cleaned.unicodeScalars.contains { TerminalSanitizer.isUnsafe($0) })
    }

    @Test(arguments: [0x00, 0x1B, 0x1F, 0x7F, 0x80, 0x9F, 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A, 0x202E, 0x2066, 0x2069] as [UInt32])
    func flagsControlsAndBidiOverridesAsUnsafe(value: UInt32) throws {
        #expect(TerminalSanitizer.isUnsafe(try #require(Unicode.Scalar(value))))
    }

    @Test(arguments: [0x20, 0x41, 0xA0, 0xE9, 0x2013, 0x201C, 0xFFFD, 0x1F600] as [UInt32])
    func letsOrdinaryCharactersThrough(value: UInt32) throws {
        #expect(!TerminalSanitizer.isUnsafe(try #require(Unicode.Scalar(value))))
    }
}
