/// Every fact's ``InternedProfile``, column by column: each kind of id list of all facts
/// end to end in one column, as a reading image lays them out. An index holds its profiles
/// this way, so opening one maps a few columns instead of making a value per fact, and
/// its postings are built by walking flat columns (``FactPostings``).
///
/// Rules: a fact's list of a kind is the slice of that kind's ids between its start and
/// the next fact's; `strengths` runs beside the terms' ids; an object of -1 is none.
struct ProfileColumns: Sendable {
    var terms: IDLists
    var strengths: StrengthColumn
    var entities: IDLists
    var ancestors: IDLists
    var predicateTerms: IDLists
    var subjects: Column<Int32>
    var objects: Column<Int32>

    init(
        terms: IDLists, strengths: StrengthColumn, entities: IDLists, ancestors: IDLists, predicateTerms: IDLists,
        subjects: Column<Int32>, objects: Column<Int32>
    ) {
        self.terms = terms
        self.strengths = strengths
        self.entities = entities
        self.ancestors = ancestors
        self.predicateTerms = predicateTerms
        self.subjects = subjects
        self.objects = objects
    }

    /// The columns of `profiles`, in their order.
    init(_ profiles: [ProfileDraft]) {
        self.init(
            terms: IDLists(profiles.lazy.map(\.terms)), strengths: StrengthColumn(profiles.flatMap(\.strengths)),
            entities: IDLists(profiles.lazy.map(\.entities)), ancestors: IDLists(profiles.lazy.map(\.ancestors)),
            predicateTerms: IDLists(profiles.lazy.map(\.predicateTerms)), subjects: Column(profiles.map(\.subject)),
            objects: Column(profiles.map { $0.object ?? -1 }))
    }

    /// How many facts the columns hold.
    var count: Int { subjects.count }

    /// The profile of the fact at `position`, its lists slices of the columns.
    subscript(position: Int) -> InternedProfile {
        let object = objects[position], termRange = terms.range(at: position)
        return InternedProfile(
            terms: terms.ids[termRange], strengths: strengths[termRange], entities: entities[position],
            ancestors: ancestors[position], predicateTerms: predicateTerms[position], subject: subjects[position],
            object: object >= 0 ? object : nil)
    }
}
