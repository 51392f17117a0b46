import DossierLanguage
/// Collects a document's blocks into sections and numbered paragraphs as
/// ``DocumentParser`` reads them.
struct SectionBuilder {
    let text: [Unicode.Scalar]
    var date: String?
    private var title: String?
    private var sections: [ParsedDocument.Section] = []
    private var current = ParsedDocument.Section(name: "Introduction", paragraphs: [])
    /// True while the current section was headed "Something:" and holds only list items.
    private var listSection = false
    private var seenContent = false

    init(text: [Unicode.Scalar]) { self.text = text }

    mutating func add(block: [Range<Int>]) {
        if block.count == 1, standalone(block[0]) { return }
        var prose: [Range<Int>] = []
        for line in block {
            switch LineKind.classify(text, line) {
            case .title(let range):
                flush(&prose)
                if title == nil && !seenContent { title = string(range) } else { startSection(string(range)) }
            case .heading(let range):
                flush(&prose)
                startSection(string(range))
            case .item(let range):
                flush(&prose)
                if !isBoilerplate(range) { addParagraph(range, isItem: true) }
            case .text(let range):
                if !isBoilerplate(range) { prose.append(range) }
            }
        }
        flush(&prose)
    }

    /// A block of one line that is a heading, a caption or metadata rather than text.
    private mutating func standalone(_ line: Range<Int>) -> Bool {
        guard case .text(let range) = LineKind.classify(text, line) else { return false }
        let words = string(range)
        if Boilerplate.matches(words) || Boilerplate.isAside(words) { return true }
        if title == nil && !seenContent && sections.isEmpty && Boilerplate.isTitle(words) {
            title = words
            return true
        }
        if Boilerplate.fits(words, 60), words.hasSuffix(":"), !words.dropLast().contains(":"),
           words.split(separator: " ").count <= 6 {
            startSection(String(words.dropLast()))
            listSection = true
            return true
        }
        if Boilerplate.isBare(words, limit: 60), words.split(separator: " ").count <= 10,
           words.unicodeScalars.first.map({ $0.properties.isUppercase || ("0"..."9").contains($0) }) == true {
            startSection(words)
            return true
        }
        return false
    }

    private mutating func flush(_ prose: inout [Range<Int>]) {
        guard let first = prose.first, let last = prose.last else { return }
        addParagraph(first.lowerBound..<last.upperBound, isItem: false)
        prose = []
    }

    private mutating func addParagraph(_ range: Range<Int>, isItem: Bool) {
        if listSection && !isItem && !current.paragraphs.isEmpty {
            startSection("Main text")
        }
        let end = ScalarClass.trimEnd(text, from: range.lowerBound, to: range.upperBound)
        let trimmed = range.lowerBound..<end
        guard !trimmed.isEmpty else { return }
        seenContent = true
        current.paragraphs.append(ParsedDocument.Paragraph(
            number: current.paragraphs.count + 1, range: trimmed,
            sentences: SentenceSplitter.split(text, in: trimmed)))
    }

    private mutating func startSection(_ name: String) {
        if !current.paragraphs.isEmpty { sections.append(current) }
        current = ParsedDocument.Section(name: name, paragraphs: [])
        listSection = false
    }

    private func string(_ range: Range<Int>) -> String { ScalarClass.string(text, range) }

    /// ``Boilerplate/matches(_:)`` on a line, without making a string of a line too long
    /// to be boilerplate (more scalars than its byte limit).
    private func isBoilerplate(_ range: Range<Int>) -> Bool {
        range.count <= Boilerplate.longestLine && Boilerplate.matches(string(range))
    }

    mutating func finish() -> ParsedDocument {
        startSection("")
        return ParsedDocument(title: title, date: date, sections: sections)
    }
}
