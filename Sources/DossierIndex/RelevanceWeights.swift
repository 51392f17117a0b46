/// Every weight the relevance scorer multiplies a fact's match by, and those a sentence's
/// match is made of, in one place. A fact's relevance to a question is the product of the
/// first four parts of a confidence (``Confidence/Evidence``: terms, entities, roles, time);
/// each weight here is what one way of falling short costs, 1 meaning no cost.
enum RelevanceWeights {
    // Terms
    /// A generic concept's rarity weight ("happen", "relation") is multiplied by this, for
    /// facts and sentences alike: it says little about which one is meant.
    static let genericTermShare = 0.3
    /// Term share of a question that says nothing specific ("what happened in 1996?"):
    /// every fact explains it equally, halfway.
    static let genericTermCoverage = 0.5
    /// A fact whose statement shares no word with the question, only keywords: weak evidence.
    static let keywordsOnly = 0.7
    /// The predicate-focus factor is `focusBase + focusShare × focus + precisionShare ×
    /// precision`: between facts matching equally, the one whose predicate the question names wins.
    static let focusBase = 0.92
    static let focusShare = 0.04
    static let precisionShare = 0.04

    // Entities
    /// A question naming no entity: any fact may answer, none confirms a name.
    static let noEntities = 0.85
    /// An entity the fact covers is worth `coveredBase + coveredShare × coverage`.
    static let coveredBase = 0.6
    static let coveredShare = 0.4
    /// Coverage of an entity the fact names only through the place it lies in, and only
    /// through a place lying in it.
    static let coveredByAncestor = 0.7
    static let coveredByDescendant = 0.5
    /// A missing entity: the one the question names as acting, a person (maybe
    /// incidental), anything else (a place, an event, an organisation the question is about).
    static let missingActor = 0.4
    static let missingPerson = 0.6
    static let missingOther = 0.45

    // Roles
    /// The fact's subject is another entity the question names: the roles are swapped.
    static let swappedRoles = 0.45
    /// The entity the question names as acting is in the fact, but not as the one acting.
    static let actorNotActing = 0.6
    /// The fact's subject is none the question names.
    static let otherSubject = 0.93
    /// A question naming two entities, against a fact about a third one as its object.
    static let otherObject = 0.85
    /// "Which Guatemalan president", and the fact's actor belongs to another country.
    static let otherAffiliation = 0.5

    // Time
    /// The fact has no date, so it cannot confirm the question's years.
    static let undated = 0.45
    /// The fact's time lies outside the question's years.
    static let outsideYears = 0.15

    // Sentences (``PassageIndex``): `term share × entity part × years part`.
    /// The entity part of a sentence against a question naming no entity.
    static let sentenceNoEntities = 0.85
    /// The entity part is `sentenceEntityBase + sentenceEntityShare × share of the entities named`.
    static let sentenceEntityBase = 0.4
    static let sentenceEntityShare = 0.6
    /// The years part of a sentence that does not name every year the question does.
    static let sentenceMissingYears = 0.3
}
