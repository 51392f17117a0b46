extension Lexicon.File {
    /// A lexicon file from the rows of `lexicon.tsv` (scripts/generate-language-resources.py):
    /// `stopword WORD`, `phrase WORDS CONCEPT`, `concept CONCEPT WORD`, `generic CONCEPT`,
    /// `symmetric CONCEPT`; rows of another shape are skipped.
    init(table: [UInt8]) {
        self.init(version: 1, stopwords: [], phrases: [:], concepts: [:], irregular: nil, generic: [], symmetric: [])
        LanguageTable.forEachRow(table) { row in
            switch (row[0], row.count) {
            case ("stopword", 2): stopwords.append(row[1])
            case ("phrase", 3): phrases[row[1]] = row[2]
            case ("concept", 3): concepts[row[1], default: []].append(row[2])
            case ("generic", 2): generic.append(row[1])
            case ("symmetric", 2): symmetric?.append(row[1])
            default: break
            }
        }
    }
}
