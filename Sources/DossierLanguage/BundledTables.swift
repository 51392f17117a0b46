/// The tables compiled into the binary that every reader of text builds on first use: the
/// lexicon (with the WordNet tables it reads), the gazetteer and the predicate classes'
/// inflected forms.
public enum BundledTables {
    /// Builds them now. A program that will read a question soon calls this on another
    /// core as early as it knows, so the first question does not wait for them; each table
    /// is built once, and a reader that arrives first waits for the build under way.
    public static func build() {
        _ = Lexicon.bundled
        _ = Gazetteer.bundled
        _ = PredicateClasses.formTables
    }
}
