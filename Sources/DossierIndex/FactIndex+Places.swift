import DossierKit
import DossierStore

extension FactIndex {
    /// True when the source lists the section and a stored sentence or a stored fact's
    /// citation lies in that paragraph of it.
    public func holdsParagraph(source: String, section: String, paragraph: Int) -> Bool {
        guard paragraph >= 1, let stored = self.source(source), stored.sections.contains(section) else { return false }
        // An index reading its facts from the store asks it, rather than read every fact.
        if let store, let held = try? store.holdsParagraph(source: source, section: section, paragraph: paragraph) {
            return held
        }
        if passageIndex.passages.all.contains(where: { $0.source == source && $0.section == section && $0.paragraph == paragraph }) {
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
