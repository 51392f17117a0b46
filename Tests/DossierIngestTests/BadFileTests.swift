import DossierEngine
import DossierOutput
import DossierKit
import DossierStore
import Foundation
import Testing
import DossierReading
import DossierIndex

/// Files that cannot be ingested are refused with a message naming them, and the good
/// files beside them are still ingested.
struct BadFileTests {
    enum Case: String, CaseIterable, Sendable {
        case notUTF8, empty, binary, tooLarge

        var bytes: [UInt8] {
            switch self {
            case .notUTF8: Array("Caf".utf8) + [0xE9] + Array(" au lait.\n".utf8)
            case .empty: []
            case .binary: Array("PK".utf8) + [0, 0, 1, 2, 3]
            case .tooLarge: [UInt8](repeating: 0x61, count: DocumentFile.maximumBytes + 1)
            }
        }

        var says: String {
            switch self {
            case .notUTF8: "not UTF-8"
            case .empty: "empty"
            case .binary: "binary"
            case .tooLarge: "too large"
            }
        }
    }

    @Test(arguments: Case.allCases)
    func badFileIsNamedAndTheOthersAreIngested(bad: Case) throws {
        try withTemporaryDirectory { directory in
            let badPath = directory.appendingPathComponent("bad-\(bad.rawValue).txt").path
            let goodPath = directory.appendingPathComponent("good.txt").path
            try Data(bad.bytes).write(to: URL(fileURLWithPath: badPath))
            try "A good note with one sentence.\n".write(toFile: goodPath, atomically: true, encoding: .utf8)
            let store = try FactStore.inMemory()
            let ingester = DocumentIngester(store: store, index: FactIndex(facts: [], entities: [], sources: []))

            var messages: [String] = []
            var added: [String] = []
            for path in [badPath, goodPath] {
                do throws(DossierError) {
                    added.append(try ingester.ingest(path: path).source)
                } catch {
                    messages.append(error.message)
                }
            }

            #expect(messages.count == 1)
            #expect(messages.first?.hasPrefix(badPath + ":") == true)
            #expect(messages.first?.contains(bad.says) == true)
            #expect(added == ["good"])
            #expect(try store.documents().map(\.source) == ["good"])
        }
    }
}
