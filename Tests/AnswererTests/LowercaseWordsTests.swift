import DossierAnswering
import Testing

/// The words of a text, split on its bytes when it is ASCII, are those the `Character` way
/// gives: the same words for the same text, whichever way it takes.
struct LowercaseWordsTests {
    private static func characterWords(_ text: String, keepingDigits: Bool) -> [String] {
        text.lowercased().split { !($0.isLetter || keepingDigits && $0.isNumber) }.map(String.init)
    }

    static let texts = [
        "", "   ", "When will Norland's envoy visit Estavia?", "Is the vote set to pass in 2024, or not?",
        "who is the u.s. vice-president now", "Line one\r\nline two\ttab", "A1b2 C3d4 99 bottles",
        "Quién visitó Estavia?", "naïve café in Zürich", "İstanbul and DİYARBAKIR", "the ½ share, ٣ times",
        "e\u{301}tat de\u{301}clare\u{301}",
    ]

    @Test(arguments: texts)
    func givesTheWordsOfTheCharacterWay(text: String) {
        #expect(LowercaseWords.of(text) == Self.characterWords(text, keepingDigits: false))
        #expect(LowercaseWords.of(text, keepingDigits: true) == Self.characterWords(text, keepingDigits: true))
    }

    @Test func splitsAtApostrophesAndKeepsDigitsWhenAsked() {
        #expect(LowercaseWords.of("Norland's 2nd Envoy") == ["norland", "s", "nd", "envoy"])
        #expect(LowercaseWords.of("Norland's 2nd Envoy", keepingDigits: true) == ["norland", "s", "2nd", "envoy"])
    }
}
