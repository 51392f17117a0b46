/// A fingerprint of everything the bundled language resources make a ``TextReader`` read:
/// the lexicon (its source and the table start-up reads), WordNet's tables, the stemmed
/// pertainyms and the gazetteer. Readings stored with one fingerprint
/// are read again when the resources change.
public enum ReadingFingerprint {
    /// The fingerprint of this build's resources, as the generator wrote it beside them
    /// (`reading_fingerprint.txt`), so start-up hashes none of them;
    /// `BundledTableTests` holds it to ``computed``.
    public static let bundled = String(decoding: PackageResources.reading_fingerprint_txt, as: UTF8.self)

    /// FNV-1a over every bundled resource, each with its length, joined by dots.
    static func computed() -> String {
        let resources: [[UInt8]] = [
            PackageResources.lexicon_json, PackageResources.morphology_tsv, PackageResources.verbs_txt,
            PackageResources.agents_tsv, PackageResources.derivations_tsv, PackageResources.gazetteer_tsv,
            PackageResources.pertainyms_tsv, PackageResources.lexicon_tsv, PackageResources.pertainyms_stemmed_tsv,
        ]
        return resources.map { TextBytes.fnv1a($0) + "-" + String($0.count) }.joined(separator: ".")
    }
}
