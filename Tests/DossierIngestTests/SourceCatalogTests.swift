import DossierKit
import DossierReading
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// `sources.json` is read once per folder and version of the file, and never whole when
/// it is huge (issue 13, item 11).
struct SourceCatalogTests {
    private let parsed = DocumentParser.parse("# Harbour\n\nThe harbour opened in 1901. Its pier was oak.\n")

    @Test func theCatalogIsReadOncePerVersionOfTheFile() throws {
        try withTemporaryDirectory { folder in
            let catalog = folder.appendingPathComponent("sources.json")
            let listed = #"[{"id": "harbour-one", "file": "a.txt", "title": "A"}, {"id": "harbour-two", "file": "b.txt", "title": "B"}]"#
            try Data(listed.utf8).write(to: catalog)
            #expect(try SourceCatalog.lookup(for: folder.appendingPathComponent("a.txt").path, parsed: parsed).source.id == "harbour-one")

            // Garbage of the same size written in place, with the old times put back: a
            // second read would fail to parse; the cached list answers instead.
            var times = stat()
            #expect(stat(catalog.path, &times) == 0)
            let handle = try FileHandle(forWritingTo: catalog)
            handle.write(Data(String(repeating: "x", count: listed.utf8.count).utf8))
            try handle.close()
            var restored = [times.st_atim, times.st_mtim]
            #expect(utimensat(AT_FDCWD, catalog.path, &restored, 0) == 0)
            #expect(try SourceCatalog.lookup(for: folder.appendingPathComponent("b.txt").path, parsed: parsed).source.id == "harbour-two")

            // A changed file (another size) is read again, and its damage reported.
            try Data("[not json".utf8).write(to: catalog)
            #expect(throws: DossierError.badData) {
                try SourceCatalog.lookup(for: folder.appendingPathComponent("a.txt").path, parsed: parsed)
            }
        }
    }

    @Test func aFileNoCatalogListsHasNoPublisherRatherThanAPlaceholder() throws {
        try withTemporaryDirectory { folder in
            let lookup = try SourceCatalog.lookup(for: folder.appendingPathComponent("harbour-notes.txt").path, parsed: parsed)
            #expect(!lookup.listed)
            #expect(lookup.source.publisher.isEmpty)
            #expect(lookup.source.knownPublisher == nil)
            #expect(lookup.source.publication == nil)
        }
    }

    @Test func aSparseGibibyteCatalogIsRefusedUnread() throws {
        try withTemporaryDirectory { folder in
            let catalog = folder.appendingPathComponent("sources.json")
            #expect(FileManager.default.createFile(atPath: catalog.path, contents: Data("[".utf8)))
            #expect(truncate(catalog.path, 1 << 30) == 0)
            #expect(throws: DossierError.badData) {
                try SourceCatalog.lookup(for: folder.appendingPathComponent("a.txt").path, parsed: parsed)
            }
        }
    }
}
