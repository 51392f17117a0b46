@testable import DossierCLI
import DossierKit
import Foundation
import Testing

/// `--json` listings: one object per record, valid JSON, with names from outside escaped.
struct ListingRecordsTests {
    private func object(_ line: String) throws -> [String: Any] {
        #expect(!line.contains("\n"))
        return try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test func aSourceIsOneObjectWithItsFactCount() throws {
        let source = Source(id: "atlas", title: "Atlas of Norland", publisher: "Tests", sections: ["History"])
        let record = try object(ListingRecords.source(source, facts: 3))
        #expect(record["type"] as? String == "source")
        #expect(record["id"] as? String == "atlas")
        #expect(record["facts"] as? Int == 3)
        #expect(record["sections"] as? [String] == ["History"])
    }

    @Test func bidiAndC1CharactersInANameAreEscaped() throws {
        let source = Source(id: "evil\u{202E}txt.\u{85}\u{9B}2J", title: "t", publisher: "p", sections: [])
        let line = ListingRecords.source(source, facts: 0)
        #expect(!line.unicodeScalars.contains { $0 == "\u{202E}" || $0 == "\u{85}" || $0 == "\u{9B}" })
        #expect(line.contains("\\u202e") && line.contains("\\u0085") && line.contains("\\u009b"))
        #expect(try object(line)["id"] as? String == source.id)
    }

    @Test func anErrorRecordNamesItsCodeAndPath() throws {
        let record = try object(ListingRecords.error(DossierError(.io, "x.txt: cannot be read"), path: "x.txt"))
        #expect(record["type"] as? String == "error")
        #expect(record["code"] as? String == "io")
        #expect(record["path"] as? String == "x.txt")
    }
}
