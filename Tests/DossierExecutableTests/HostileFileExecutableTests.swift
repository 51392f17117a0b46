import Foundation
import Synchronization
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Files that are not what `ingest` expects, and arguments that are not UTF-8 (issue 13,
/// items 11 and 12).
struct HostileFileExecutableTests {
    @Test func aFileOfOnlyControlCharactersOrOneWordIsNotAdded() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let controls = try dossier.document("controls.txt", "\u{1}\u{2}\u{7}\u{1B}[\u{7F}\u{8}\n")
        let word = try dossier.document("word.txt", "hello\n")
        let result = try await dossier.run(["ingest", controls.path, word.path])
        #expect(result.status == 65)
        #expect(result.output.isEmpty)
        #expect(result.errors.contains("controls.txt: holds no words"))
        #expect(result.errors.contains("word.txt: no sentence could be read"))
    }

    @Test func aFIFOAndADeviceAreNamedForWhatTheyAreWithoutWaiting() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let fifo = dossier.home.appendingPathComponent("pipe.txt")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        // Nobody ever writes to the FIFO: a reader that opened it blocking would hang here.
        let result = try await dossier.run(["ingest", fifo.path, "/dev/null"])
        #expect(result.status == 65)
        #expect(result.errors.contains("pipe.txt: is a FIFO"))
        #expect(result.errors.contains("/dev/null: is a character device"))
        #expect(!result.errors.contains("permission denied"))
    }

    @Test func aLatinOneFileNameIsFoundAndShownEscaped() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let script = #"""
            printf '# Caf\n\nThe caf\303\251 of Orrin opened in 1931. It served tea.\n' > "$(printf 'caf\351.txt')"
            exec "$DOSSIER" ingest "$(printf 'caf\351.txt')"
            """#
        let result = try await dossier.sh(script)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains(#"(caf\xE9.txt)"#))
        #expect(result.output.hasPrefix("added"))
    }

    @Test func askWithArgumentsThatAreNotUTF8IsAnInvalidUTF8Error() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let result = try await dossier.sh(#"exec "$DOSSIER" ask --json "when did Russia $(printf '\377') open its embassy?""#)
        #expect(result.status == 65)
        let record = try DossierProcess.object(try #require(result.lines.first))
        #expect((record["error"] as? [String: Any])?["code"] as? String == "invalid-utf8")
    }

    @Test func aHugeSourcesJSONIsRefusedUnread() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let file = try dossier.document("big/harbour.txt", IngestClashExecutableTests.first)
        // A sparse file: a gibibyte on paper, nothing on disk; reading it whole would take seconds and a gigabyte.
        let catalog = dossier.home.appendingPathComponent("big/sources.json")
        #expect(FileManager.default.createFile(atPath: catalog.path, contents: Data("[".utf8)))
        #expect(truncate(catalog.path, 1 << 30) == 0)
        let result = try await dossier.run(["ingest", file.path])
        #expect(result.status == 65)
        #expect(result.errors.contains("sources.json: too large"))
    }

    @Test func eachAddedLineIsWrittenWhenItsDocumentIsStored() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let small = try dossier.document("small.txt", IngestClashExecutableTests.first)
        // A long second document keeps ingest busy after the first is stored.
        let sentence = "The harbour board of Veldt met on the first day of the month and agreed on new rules. "
        let paragraphs = (0..<600).map { "Paragraph \($0). " + String(repeating: sentence, count: 8) }
        let large = try dossier.document("large.txt", "# Board minutes\n\n" + paragraphs.joined(separator: "\n\n"))
        // Standard output is a pipe, which C's stdio fully buffers: before each line was
        // written at once, the first line came only when ingest ended.
        let process = Process()
        process.executableURL = DossierProcess.binary
        process.arguments = ["ingest", small.path, large.path]
        process.environment = dossier.environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // A blocking read of the first line on a thread of its own: a loaded machine can
        // starve the tests' task pool, never a thread waiting on a pipe.
        let descriptor = output.fileHandleForReading.fileDescriptor
        let (line, seenWhileRunning) = try await onThread {
            var bytes: [UInt8] = []
            var byte: UInt8 = 0
            while read(descriptor, &byte, 1) == 1 && byte != 10 { bytes.append(byte) }
            return (String(decoding: bytes, as: UTF8.self), process.isRunning)
        }
        try await onThread {
            _ = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
        }
        #expect(process.terminationStatus == 0)
        #expect(line.hasPrefix("added small"), "\(line)")
        #expect(seenWhileRunning, "the first document's line was not written before ingest ended")
    }
}
