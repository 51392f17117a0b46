/// What a bid's confidence means, the same for every answerer.
///
/// - 0.9 and up: the facts state exactly what was asked, every entity in its role.
/// - ``threshold`` to 0.9: they answer it with some reading (a synonym, a related place).
/// - Under ``threshold``: only related; shown by `:why`, never answered.
///
/// The threshold is defined here once; the dispatcher answers with the best bid at or
/// over it, and answerers compare their own readings with it, never with another
/// answerer's bid.
public enum Confidence {
    /// The lowest confidence that answers.
    public static let threshold = 0.5
}
