public import DossierKit

extension QuestionKind {
    /// Kinds whose interrogative is never the one acting ("when did X ..."): a question
    /// of one of these kinds names its actor.
    public static let actingKinds: Set<QuestionKind> = [.when, .where, .why, .how, .yesNo, .howLong, .other]
}
