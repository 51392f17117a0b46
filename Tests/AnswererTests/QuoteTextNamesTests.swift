@testable import DossierAnswering
import Testing

/// Whether a text names a phrase as whole words: ASCII texts are searched on their bytes,
/// others by `Character`, and both ways agree.
struct QuoteTextNamesTests {
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
            #expect(QuoteText.names(text, phrase) == QuoteText.characterNames(text, phrase), "\(text) / \(phrase)")
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
                #expect(!QuoteText.characterNames(text, name.lowercased()), "\(text) / \(name)")
            }
        }
        #expect(QuoteText.staysOutsideASCII("Bogotá") && QuoteText.staysOutsideASCII("İzmir"))
        #expect(!QuoteText.staysOutsideASCII("Kiev") && !QuoteText.staysOutsideASCII("\u{212A}iev"))
        #expect(QuoteText.names("talks in kiev", "\u{212A}iev".lowercased()))
    }
}
