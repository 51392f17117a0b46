@testable import DossierLanguage
import Testing

/// The known words one edit away are found on the bytes of a word of ASCII letters; they
/// must be the ones the edits made of Characters find, whatever letters the vocabulary has.
@Suite struct VocabularyEditTests {
    let vocabulary = Vocabulary(counts: [
        "embassy": 12, "embassies": 3, "señora": 6, "senor": 2, "visit": 9, "visits": 4, "visitor": 1,
        "minister": 5, "ministers": 4, "trade": 7, "traded": 2, "müller": 1, "mueller": 1, "accord": 3,
    ])

    @Test func byteEditsFindWhatCharacterEditsFind() {
        let probes = [
            "embasy", "embbassy", "embasst", "embsasy", "embassy", "senora", "senorx", "seor", "visitt", "vist",
            "ministre", "ministerr", "trades", "muller", "mueler", "acord", "accordd", "zzzzzz", "", "a",
        ]
        for probe in probes {
            let byCharacters = Set(vocabulary.edits(of: Array(probe)).filter {
                vocabulary.contains($0) && Vocabulary.withinOneEdit(probe, $0)
            })
            #expect(vocabulary.knownEdits(of: probe) == byCharacters, "\(probe)")
        }
        #expect(vocabulary.knownEdits(of: "senora") == ["señora", "senor"])
        #expect(vocabulary.knownEdits(of: "muller") == ["müller", "mueller"])
    }
}
