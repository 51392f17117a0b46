import DossierShell
import Testing

struct CompleterTests {
    private let completer = Completer(
        plugins: ["timeline", "trade", "visits"],
        sources: ["wikipedia-guatemala-russia-relations", "news-putin-guatemala-visit"],
        entityNames: ["Guatemala", "Guatemala City", "Guatemalan armed conflict", "Russia", "Soviet Union", "United States", "Óscar Berger"],
        aliases: ["Guate", "USSR", "U.S.", "Rusia"])

    @Test func completesAMetaCommandFromItsStart() {
        let completion = completer.complete(before: ":hel")
        #expect(completion.replacing == ":hel")
        #expect(completion.candidates == [":help"])
    }

    @Test func offersEveryCommandThatFitsAShortStart() {
        #expect(completer.complete(before: ":s").candidates == [":source", ":sources"])
        #expect(completer.complete(before: ":").candidates.count == MetaCommand.usages.count)
    }

    @Test(arguments: [":plugins t", ":why t", ":WHY t"])
    func completesPluginNamesAfterPluginsAndWhy(line: String) {
        let completion = completer.complete(before: line)
        #expect(completion.replacing == "t")
        #expect(completion.candidates == ["trade", "timeline"])
        #expect(completion.commonPrefix == "t")
    }

    @Test func completesSourceIdsAfterSource() {
        let completion = completer.complete(before: ":source wiki")
        #expect(completion.candidates == ["wikipedia-guatemala-russia-relations"])
    }

    @Test func completesEntityNamesInAQuestion() {
        let completion = completer.complete(before: "when did Guat")
        #expect(completion.replacing == "Guat")
        #expect(completion.candidates == ["Guatemala", "Guatemala City", "Guatemalan armed conflict"])
        #expect(completion.commonPrefix == "Guatemala")
    }

    @Test func offersAliasesOnlyWhenNoNameFits() {
        #expect(completer.complete(before: "the USS").candidates == ["USSR"])
        #expect(!completer.complete(before: "Guat").candidates.contains("Guate"))
    }

    @Test func ignoresCaseAndAccents() {
        #expect(completer.complete(before: "who is oscar b").candidates == ["Óscar Berger"])
        #expect(completer.complete(before: "russ").candidates == ["Russia"])
    }

    @Test func completesANameOfSeveralWords() {
        let completion = completer.complete(before: "trade with United St")
        #expect(completion.replacing == "United St")
        #expect(completion.candidates == ["United States"])
    }

    @Test func completesEntityNamesAfterFactsAndTimeline() {
        #expect(completer.complete(before: ":facts Rus").candidates == ["Russia"])
        #expect(completer.complete(before: ":timeline guatemala c").candidates == ["Guatemala City"])
    }

    @Test func usesOnlyTheTextBeforeTheCursor() {
        let completion = completer.complete(line: "Rus and more", cursor: 3)
        #expect(completion.candidates == ["Russia"])
    }

    @Test(arguments: ["", "when did ", "zzz", ":quit now"])
    func offersNothingWhereNothingFits(line: String) {
        #expect(completer.complete(before: line).candidates.isEmpty)
    }
}
