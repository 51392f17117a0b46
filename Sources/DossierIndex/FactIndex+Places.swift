import DossierKit

extension FactIndex {
    /// True when the source lists the section and a stored sentence or a stored fact's
    /// citation lies in that paragraph of it.
    public func holdsParagraph(source: String, section: String, paragraph: Int) -> Bool {
        guard paragraph >= 1, let stored = self.source(source), stored.sections.contains(section) else { return false }
        if passageIndex.passages.contains(where: { $0.source == source && $0.section == section && $0.paragraph == paragraph }) {
            return true
        }
        return facts.contains { fact in
            fact.citations.contains { $0.source == source && $0.section == section && $0.paragraph == paragraph }
        }
    }
}

extension QuestionView {
    /// As the index holds it.
    public func holdsParagraph(source: String, section: String, paragraph: Int) -> Bool {
        index.holdsParagraph(source: source, section: section, paragraph: paragraph)
    }
}
