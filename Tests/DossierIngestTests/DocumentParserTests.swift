import DossierEngine
import DossierOutput
import Testing
import DossierReading

/// Sections, paragraph numbers and sentence offsets as the parser finds them.
struct DocumentParserTests {
    private static let wiki = """
        = Harbour towns =

        Opening words of the piece. A second sentence follows.

        ==Ports==
        Saltmere built its quay in 1820. Dr. Vance ran it until U.S. ships came. It closed.

        - First listed item
        - Second listed item
        """

    private func text(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    @Test func wikiHeadingsGiveTitleIntroductionAndSections() {
        let parsed = DocumentParser.parse(Self.wiki)
        #expect(parsed.title == "Harbour towns")
        #expect(parsed.sectionNames == ["Introduction", "Ports"])
        #expect(parsed.sections[1].paragraphs.map(\.number) == [1, 2, 3])
    }

    @Test func sentenceOffsetsPointAtTheSentences() {
        let scalars = Array(Self.wiki.unicodeScalars)
        let parsed = DocumentParser.parse(Self.wiki)
        let ports = parsed.sections[1].paragraphs
        #expect(ports[0].sentences.map { text(scalars, $0) } == [
            "Saltmere built its quay in 1820.", "Dr. Vance ran it until U.S. ships came.", "It closed.",
        ])
        #expect(text(scalars, ports[2].range) == "Second listed item")
    }

    @Test func dateLineSubheadingsAndColonListsAreNumberedLikeThePack() {
        let news = """
             date 2021-05-06 The ferry left at dawn.

            Crowds waited on the pier.

            Return journey

            The boat came back late. Nobody minded.
            """
        let parsed = DocumentParser.parse(news)
        #expect(parsed.date == "2021-05-06")
        #expect(parsed.sectionNames == ["Introduction", "Return journey"])
        #expect(parsed.sections[0].paragraphs.count == 2)

        let summary = """
            A long headline that stands alone on the first line of the page

            Publication: Harbour Weekly Volume: 3

            (Part One)

            Summary:

              \u{2022} Point one is made.
              \u{2022} Point two is made.

            Body text begins here.

            More body text.
            """
        let brief = DocumentParser.parse(summary)
        #expect(brief.title == "A long headline that stands alone on the first line of the page")
        #expect(brief.sectionNames == ["Summary", "Main text"])
        #expect(brief.sections.map(\.paragraphs.count) == [2, 2])
    }

    @Test func introLineAndDashItemsAreSeparateParagraphsAndBoilerplateIsSkipped() {
        let page = """
            An official website of the harbour board Here's how you know

            Secure .gov websites use HTTPS
            Quay [Stock photo]


            Harbour Relationship

            Harbour Policy

            Board goals include:
            -Keeping the quay safe;
            -Dredging the channel.

            Harbour Board

            The Lessons of 1820: Tides and Us
            """
        let parsed = DocumentParser.parse(page)
        #expect(parsed.title == "Harbour Relationship")
        #expect(parsed.sectionNames == ["Harbour Policy"])
        #expect(parsed.sections[0].paragraphs.count == 3)
    }
}
