import DossierKit
import Testing

struct DossierErrorTests {
    @Test func errorsWithTheSameCodeAreEqualWhateverTheirMessages() {
        let a = DossierError(.invalidUTF8, "line 3: byte 7 is not valid UTF-8")
        let b = DossierError(.invalidUTF8, "something else entirely")
        #expect(a == b)
        #expect(a == DossierError.invalidUTF8)
        #expect(a.hashValue == b.hashValue)
    }

    @Test func errorsWithDifferentCodesDiffer() {
        #expect(DossierError(.notAStore, "same") != DossierError(.storeTooNew, "same"))
        #expect(DossierError.lineTooLong != DossierError.invalidUTF8)
    }

    @Test func aSetHoldsOneErrorPerCode() {
        let set: Set<DossierError> = [
            DossierError(.io, "a"), DossierError(.io, "b"), DossierError(.badData, "c"),
        ]
        #expect(set.count == 2)
    }

    @Test(arguments: [
        (DossierError.Code.invalidUTF8, "invalid-utf8"),
        (.lineTooLong, "line-too-long"),
        (.emptyQuestion, "empty-question"),
        (.usage, "usage"),
        (.badData, "bad-data"),
        (.notAStore, "not-a-store"),
        (.storeTooNew, "store-too-new"),
        (.io, "io"),
        (.internal, "internal"),
        (.pluginFailed, "plugin-failed"),
        (.timeout, "timeout"),
    ])
    func eachCodeHasItsJSONName(code: DossierError.Code, name: String) {
        #expect(code.description == name)
    }

    @Test func descriptionIsTheMessageFollowedByTheCause() {
        struct Underlying: Error, CustomStringConvertible { var description: String { "disk on fire" } }
        let error = DossierError(.io, "cannot write the store", cause: Underlying())
        #expect(error.description == "cannot write the store (disk on fire)")
        #expect(DossierError(.io, "plain").description == "plain")
    }

    @Test func canBeMatchedByCodeWhenThrown() {
        #expect(throws: DossierError.badData) {
            throw DossierError(.badData, "fact 12 has no citation")
        }
    }
}
