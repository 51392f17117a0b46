import DossierEngine
import DossierOutput
import DossierKit
import DossierStore
import Foundation
import Testing
import DossierReading
import DossierIndex

/// Dated events drawn from sentences: the right time at the right precision, nothing
/// invented, and most of the pack's dated facts found again in the corpus.
struct EventExtractionTests {
    private static let entities = [
        Entity(id: "saltmere", name: "Saltmere", kind: "city"),
        Entity(id: "vance", name: "Ada Vance", kind: "person"),
    ]

    private func document(_ text: String) -> DocumentText {
        let file = DocumentText(source: Source(id: "notes", title: "Harbour notes", publisher: "tests"),
                                path: "notes.txt", contentHash: "x", text: text, passages: [])
        let parsed = DocumentParser.parse(text)
        let scalars = Array(text.unicodeScalars)
        var passages: [Passage] = []
        for section in parsed.sections {
            for paragraph in section.paragraphs {
                for (index, range) in paragraph.sentences.enumerated() {
                    passages.append(Passage(
                        source: "notes", title: "Harbour notes", section: section.name, paragraph: paragraph.number,
                        sentence: index + 1, start: range.lowerBound, end: range.upperBound,
                        text: String(String.UnicodeScalarView(scalars[range]))))
                }
            }
        }
        return DocumentText(source: file.source, path: file.path, contentHash: file.contentHash, text: text, passages: passages)
    }

    @Test(arguments: [
        ("In 1820, Saltmere opened its quay.", ["1820"]),
        ("Ada Vance arrived on April 19, 1945 with the mail.", ["1945-04-19"]),
        ("On January 4, 1991, the board met.", ["1991-01-04"]),
        ("The ferry ran until the early 1960s when it stopped.", ["early 1960s"]),
        ("Trade fell in March 2007 and rose again.", ["2007-03"]),
        ("The harbour held 2014 boats and 120 cranes.", []),
        ("Cargo rose sharply (, August 21, 2023).", []),
    ])
    func findsDatesAtTheirPrecision(sentence: String, expected: [String]) {
        let events = EventExtractor(entities: Self.entities).events(in: document(sentence))
        #expect(events.compactMap(\.time?.text) == expected)
        #expect(events.allSatisfy { $0.predicate == "event" && $0.statement != sentence })
    }

    @Test func eventsNameTheSubjectAndQuoteTheSentence() throws {
        let text = "Opening line of the notes.\n\nIn 1820, Saltmere opened its quay for Ada Vance.\n"
        let event = try #require(EventExtractor(entities: Self.entities).events(in: document(text)).first)
        #expect(event.subject == "saltmere")
        #expect(event.entities == ["vance"])
        let citation = try #require(event.citations.first)
        #expect(citation.quote == "In 1820, Saltmere opened its quay for Ada Vance.")
        #expect(citation.locator == "Introduction, paragraph 2")
    }

    @Test(.enabled(if: CorpusFixture.isPresent, CorpusFixture.missing))
    func recallOnTheCorpusReachesEightyPercentOfStatedDates() throws {
        try #require(CorpusFixture.files.count == 4, "the corpus holds four documents")
        let (_, engine) = try CorpusFixture.packStore()
        let extractor = EventExtractor(entities: engine.index.entities)
        let documents = try CorpusFixture.files.map { try DocumentIngester.document(from: DocumentFile(path: $0)) }
        let extracted = documents.flatMap(extractor.events(in:))
        let recall = ExtractionRecall(pack: engine.index.facts, extracted: extracted, documents: documents)
        print("extraction recall: \(recall.summary)")
        #expect(recall.invented.isEmpty, "invented dates: \(recall.invented)")
        // Compare something: the pack states dates in the corpus, so none stated is a broken reading.
        #expect(recall.stated > 0)
        #expect(recall.statedFound >= recall.stated * 8 / 10)
    }
}

/// Recall of extracted events against the pack's dated facts, paragraph by paragraph:
/// a pack fact is found when an event cites the same paragraph with an overlapping time.
struct ExtractionRecall {
    /// Dated pack facts (unique time and cited paragraph), and how many were found.
    var total = 0
    var found = 0
    /// Those whose cited paragraph itself writes the year, and how many were found.
    var stated = 0
    var statedFound = 0
    /// Extracted events whose year the quoted sentence does not write.
    var invented: [String] = []

    init(pack: [Fact], extracted: [Fact], documents: [DocumentText]) {
        var paragraphs: [String: String] = [:]
        for passage in documents.flatMap(\.passages) {
            paragraphs["\(passage.source)|\(passage.section), paragraph \(passage.paragraph)", default: ""] += passage.text
        }
        var keys = Set<String>()
        for fact in pack {
            guard let time = fact.time, let citation = fact.citations.first,
                  keys.insert("\(time.text)|\(citation.source)|\(citation.locator)").inserted else { continue }
            total += 1
            let hit = extracted.contains { event in
                event.citations[0].source == citation.source && event.citations[0].locator == citation.locator
                    && event.time.map { $0.years.overlaps(time.years) } == true
            }
            if hit { found += 1 }
            let year = String(time.from ?? time.to ?? 0)
            if paragraphs["\(citation.source)|\(citation.locator)"]?.contains(year) == true {
                stated += 1
                if hit { statedFound += 1 }
            }
        }
        for event in extracted {
            guard let year = event.time?.from, let quote = event.citations.first?.quote else { continue }
            let written = event.time?.precision == .decade ? String(year / 10) : String(year)
            if !quote.contains(written) { invented.append(event.id) }
        }
    }

    var summary: String {
        "\(found)/\(total) dated pack facts (\(percent(found, total))); "
            + "\(statedFound)/\(stated) whose paragraph writes the year (\(percent(statedFound, stated)))"
    }

    private func percent(_ a: Int, _ b: Int) -> String { b == 0 ? "n/a" : "\(a * 100 / b)%" }
}
