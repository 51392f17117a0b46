import DossierLanguage
import Testing

/// Words as `TextFolding.tokens` cuts them, in ASCII and beyond: the byte-level path for
/// ASCII words and the `String` path for the rest follow the same rules.
@Suite struct WordSplittingTests {
    @Test(arguments: [
        ("the U.S.A. and the u.s. agreed", ["the", "USA", "and", "the", "US", "agreed"], ["the", "usa", "and", "the", "us", "agreed"]),
        ("Guatemala's and Guatemala\u{2019}s envoys", ["Guatemala", "and", "Guatemala", "envoys"], ["guatemala", "and", "guatemala", "envoys"]),
        ("'quoted' .dotted. end.", ["quoted", "dotted", "end"], ["quoted", "dotted", "end"]),
        ("a.b.c.d and a.b.c.de", ["ABCD", "and", "ABCDE"], ["abcd", "and", "abcde"]),
        ("3.5 billion, G20", ["3", "5", "billion", "G20"], ["3", "5", "billion", "g20"]),
        ("É.U. and Árbenz", ["ÉU", "and", "Árbenz"], ["eu", "and", "arbenz"]),
        ("caf\u{E9}'s l\u{2019}e\u{301}tat", ["caf\u{E9}", "l\u{2019}e\u{301}tat"], ["cafe", "l'etat"]),
    ])
    func wordsAndTheirFoldedForms(text: String, surfaces: [String], folded: [String]) {
        let tokens = TextFolding.tokens(text)
        #expect(tokens.map(\.surface) == surfaces)
        #expect(tokens.map(\.folded) == folded)
    }

    @Test func offsetsLeaveOutEdgesAndPossessives() {
        let text = "«Ar\u{E9}valo's» 'U.S.' x"
        let bytes = Array(text.utf8)
        let spans = TextFolding.tokens(text).map { String(decoding: bytes[$0.utf8Range], as: UTF8.self) }
        #expect(spans == ["Ar\u{E9}valo", "U.S", "x"])
    }

    @Test func lettersAreTestedAsCharacters() {
        #expect(TextFolding.isLetters("embassy"))
        #expect(TextFolding.isLetters("Árbenz"))
        #expect(!TextFolding.isLetters("g20"))
        #expect(!TextFolding.isLetters("u.s"))
        #expect(TextFolding.isLetters(""))
    }
}
