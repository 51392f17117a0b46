/// Every fact's ``InternedProfile``, column by column: each kind of id list of all facts
/// end to end in one array, as a reading image lays them out. An index holds its profiles
/// this way, so opening one copies a few arrays instead of making a value per fact, and
/// its postings are built by walking flat arrays (``FactPostings``).
///
/// Rules: a fact's list of a kind is the slice of that kind's ids between its start and
/// the next fact's; `strengths` runs beside the terms' ids; an object of -1 is none.
struct ProfileColumns: Sendable {
    var terms: IDLists
    var strengths: [Double]
    var entities: IDLists
    var ancestors: IDLists
    var predicateTerms: IDLists
    var subjects: [Int32]
    var objects: [Int32]

    init(
        terms: IDLists, strengths: [Double], entities: IDLists, ancestors: IDLists, predicateTerms: IDLists, subjects: [Int32],
        objects: [Int32]
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
    init(_ profiles: [InternedProfile]) {
        self.init(
            terms: IDLists(profiles.lazy.map(\.terms)), strengths: profiles.flatMap(\.strengths),
            entities: IDLists(profiles.lazy.map(\.entities)), ancestors: IDLists(profiles.lazy.map(\.ancestors)),
            predicateTerms: IDLists(profiles.lazy.map(\.predicateTerms)), subjects: profiles.map(\.subject),
            objects: profiles.map { $0.object ?? -1 })
    }

    /// How many facts the columns hold.
    var count: Int { subjects.count }

    /// The profile of the fact at `position`, its lists slices of the columns.
    subscript(position: Int) -> InternedProfile {
        InternedProfile(
            terms: terms[position], strengths: strengths[terms.range(at: position)], entities: entities[position],
            ancestors: ancestors[position], predicateTerms: predicateTerms[position], subject: subjects[position],
            object: objects[position] >= 0 ? objects[position] : nil)
    }
}
