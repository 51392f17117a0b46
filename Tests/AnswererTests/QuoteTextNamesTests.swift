@testable import DossierAnswering
import Testing

/// Whether a text names a phrase as whole words: ASCII texts are searched on their bytes,
/// others by `Character`, and both ways agree.
struct QuoteTextNamesTests {
    /// The `Character` search every text could take.
    private static func characterNames(_ text: String, _ phrase: String) -> Bool {
        guard !phrase.isEmpty else { return false }
        var searched = text.startIndex..<text.endIndex
        while let found = text[searched].firstRange(of: phrase) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { return true }
            searched = found.upperBound..<text.endIndex
        }
        return false
    }

    static let cases: [(String, String)] = [
        ("in jerusalem", "jerusalem"), ("jerusalemite quarter", "jerusalem"), ("the jerusalemite and jerusalem", "jerusalem"),
        ("aaab aa", "aa"), ("aaa", "aa"), ("aa", "aaa"), ("", "a"), ("anything", ""), ("US-Norland talks", "us"),
        ("talks in Varnhal, Norland", "varnhal"), ("Varnhal1", "varnhal"), ("x\r\nvarnhal", "varnhal"), ("x\r\n", "\n"),
        ("São Paulo, Brazil", "paulo"), ("café in Zürich", "zürich"), ("Zürichsee", "zürich"), ("e\u{301}tat", "e"),
        ("the city of Pellor", "city of pellor"), ("Pellor's port", "pellor"), ("pellor_x", "pellor"),
        ("talks in moscow", "москва"), ("talks in moscow", "moscow\u{301}"), ("a K b", "\u{212A}"), ("a;b", "\u{037E}"),
        ("x ` y", "\u{1FEF}"), ("kelvin", "\u{212A}elvin"), ("in bogota", "bogotá"),
    ]

    @Test func agreesWithTheCharacterSearch() {
        for (text, phrase) in Self.cases {
            #expect(QuoteText.names(text, phrase) == Self.characterNames(text, phrase), "\(text) / \(phrase)")
        }
    }

    @Test func findsNumbersAsCharactersDo() {
        for text in ["", "no figure here", "17 agreements", "x\r\n9", "½ share", "٣ times", "naïve 3", "naïve"] {
            #expect(QuoteText.writesNumber(text) == text.contains(where: \.isNumber), "\(text)")
        }
    }

    @Test func anASCIITextNamesNoPhraseThatStaysOutsideASCII() {
        let names = ["Москва", "Bogotá", "\u{212A}iev", "Kiev", "İzmir", "a\u{037E}b", "Zürich"]
        for (text, _) in Self.cases where QuoteText.isPlainASCII(text) {
            for name in names where QuoteText.staysOutsideASCII(name) {
                #expect(!Self.characterNames(text, name.lowercased()), "\(text) / \(name)")
            }
        }
        #expect(QuoteText.staysOutsideASCII("Bogotá") && QuoteText.staysOutsideASCII("İzmir"))
        #expect(!QuoteText.staysOutsideASCII("Kiev") && !QuoteText.staysOutsideASCII("\u{212A}iev"))
        #expect(QuoteText.names("talks in kiev", "\u{212A}iev".lowercased()))
    }
}
