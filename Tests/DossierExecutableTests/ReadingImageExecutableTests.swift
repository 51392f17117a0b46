import Foundation
import Testing

/// The reading image beside a store, as the built binary keeps and reads it.
struct ReadingImageExecutableTests {
    static let questions = ["when did Russia open its embassy?", "who visited Moscow?"]

    @Test func theImageIsKeptBesideTheStoreAndADamagedOneIsSaidRemovedAndMadeAgain() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let first = try await dossier.run(["--json"], lines: Self.questions)
        #expect(first.status == 0)
        let image = dossier.storePath + "-image"
        #expect(FileManager.default.fileExists(atPath: image))
        let fromImage = try await dossier.run(["--json"], lines: Self.questions)
        #expect(fromImage.output == first.output && fromImage.errors.isEmpty)

        // Every fact's terms past the table: each fact's terms read as empty where read.
        var bytes = try Data(contentsOf: URL(fileURLWithPath: image))
        let terms = try #require(Self.factTerms(in: bytes))
        for offset in stride(from: terms.lowerBound, to: terms.upperBound, by: 4) {
            bytes.replaceSubrange(offset..<(offset + 4), with: [0xFF, 0xFF, 0xFF, 0x7F])
        }
        try bytes.write(to: URL(fileURLWithPath: image))
        let damaged = try await dossier.run(["--json"], lines: Self.questions)
        #expect(damaged.status == 0 || damaged.status == 1)
        #expect(damaged.errors.contains("\(image) is damaged") && damaged.errors.contains("made again"))
        #expect(!FileManager.default.fileExists(atPath: image))
        let again = try await dossier.run(["--json"], lines: Self.questions)
        #expect(again.output == first.output)
        #expect(FileManager.default.fileExists(atPath: image))
    }

    /// Where the ids of the facts' terms lie in an image file (format 6): after the file's
    /// header, the layout and the fact table, the strengths, the domains and each fact's start.
    private static func factTerms(in file: Data) -> Range<Int>? {
        let bytes = [UInt8](file)
        var offset = 32 + 8
        func u32() -> Int? {
            guard offset + 4 <= bytes.count else { return nil }
            defer { offset += 4 }
            return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16 | Int(bytes[offset + 3]) << 24
        }
        func skipStrings() -> Bool {
            guard let count = u32() else { return false }
            for _ in 0..<count {
                guard let length = u32() else { return false }
                offset += length
            }
            return true
        }
        guard skipStrings(), let palette = u32() else { return nil }
        offset += 8 * palette
        guard skipStrings(), let facts = u32() else { return nil }
        offset += 4 * facts
        guard let total = u32() else { return nil }
        return offset..<(offset + 4 * total)
    }
}
