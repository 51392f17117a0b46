import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `dossier` with questions on standard input (scripting mode), run as the built binary.
struct BatchExecutableTests {
    static let requiredKeys: Set<String> = [
        "question", "status", "answer", "plugin", "confidence", "interpretation", "citations", "alternatives", "related", "error",
    ]

    @Test func textModePrintsTheAnswerThenItsNumberedSources() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let result = try await dossier.run(lines: ["when did Russia open its embassy?"])
        #expect(result.status == 0)
        let lines = result.lines
        try #require(lines.count >= 2)
        #expect(lines[0].contains("2007"))
        #expect(lines[1].trimmingCharacters(in: .whitespaces).hasPrefix("[1] "))
        #expect(result.errors.isEmpty)
    }

    @Test func jsonModeWritesOneObjectPerQuestionWithEveryKey() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let questions = ["when did Russia open its embassy?", "What is the population of Guatemala?", "Who did Putin meet in Guatemala?"]
        let result = try await dossier.run(["--json"], lines: questions)
        let lines = result.lines
        try #require(lines.count == questions.count)
        for (line, question) in zip(lines, questions) {
            let json = try DossierProcess.object(line)
            #expect(Set(json.keys).isSuperset(of: Self.requiredKeys))
            #expect(json["question"] as? String == question)
        }
        #expect(try DossierProcess.object(lines[0])["status"] as? String == "answered")
        #expect(try DossierProcess.object(lines[1])["status"] as? String == "unknown")
    }

    @Test func commentAndBlankLinesGiveNoRecord() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let result = try await dossier.run(["--json"], lines: [
            "# a comment", "", "   ", "when did Russia open its embassy?", "  # indented comment", "\t",
        ])
        #expect(result.lines.count == 1)
        #expect(result.status == 0)
    }

    @Test(arguments: [
        (["when did Russia open its embassy?"], 0),
        (["when did Russia open its embassy?", "What is the population of Guatemala?"], 0),
        (["What is the population of Guatemala?", "Who won the 2018 FIFA World Cup?"], 1),
    ] as [([String], Int32)])
    func exitStatusSaysWhetherAnyQuestionWasAnswered(questions: [String], status: Int32) async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        #expect(try await dossier.run(lines: questions).status == status)
    }

    @Test func exitsWith65WhenALineIsBad() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        var input = Data("when did Russia open its embassy?\n".utf8)
        input.append(contentsOf: [0x77, 0x68, 0xFF, 0x6E, 0x0A])
        let result = try await dossier.run([], stdin: input)
        #expect(result.status == 65)
    }

    @Test func exitsWith64ForAnUnknownOption() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let result = try await dossier.run(["--no-such-option"], lines: ["when did Russia open its embassy?"])
        #expect(result.status == 64)
        #expect(!result.errors.isEmpty)
        #expect(result.output.isEmpty)
    }

    @Test func anInvalidUTF8LineGetsAnErrorRecordAndTheNextLineIsStillAnswered() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        var input = Data("when did Russia \u{FF}".utf8.prefix(16))
        input.append(contentsOf: [0xC3, 0x28, 0x20, 0x6F, 0x70, 0x65, 0x6E, 0x3F, 0x0A])
        input.append(Data("when did Russia open its embassy?\n".utf8))
        let result = try await dossier.run(["--json"], stdin: input)
        let lines = result.lines
        try #require(lines.count == 2)
        let bad = try DossierProcess.object(lines[0])
        #expect(bad["status"] as? String == "error")
        let error = try #require(bad["error"] as? [String: Any])
        #expect(error["code"] as? String == "invalid-utf8")
        #expect((error["message"] as? String)?.contains("byte 17") == true)
        let good = try DossierProcess.object(lines[1])
        #expect(good["status"] as? String == "answered")
        #expect((good["answer"] as? String)?.contains("2007") == true)
        #expect(result.status == 65)
    }

    @Test func nulBytesAreRemovedAndTheQuestionAnswered() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let input = Data("when did\u{0}Russia open\u{0}\u{0} its embassy?\n".utf8)
        let result = try await dossier.run(["--json"], stdin: input)
        let json = try DossierProcess.object(try #require(result.lines.first))
        #expect(json["status"] as? String == "answered")
        #expect(json["question"] as? String == "when did Russia open its embassy?")
        #expect(!result.stdout.contains(0))
    }

    @Test func aOneMebibyteLineGetsLineTooLongAndTheRunGoesOn() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        var input = Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
        input.append(Data("\nwhen did Russia open its embassy?\n".utf8))
        let result = try await dossier.run(["--json"], stdin: input)
        let lines = result.lines
        try #require(lines.count == 2)
        let long = try DossierProcess.object(lines[0])
        #expect((long["error"] as? [String: Any])?["code"] as? String == "line-too-long")
        #expect(lines[0].utf8.count < 4096)
        #expect(try DossierProcess.object(lines[1])["status"] as? String == "answered")
        #expect(result.status == 65)
    }

    @Test(arguments: [[], ["--color=never"], ["--color=auto"]] as [[String]])
    func escapeSequencesFromInputNeverReachTextOutput(options: [String]) async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let hostile = "\u{1B}]0;owned\u{07}when did \u{1B}[31mRussia\u{1B}[0m open its \u{9B}2Jembassy?\u{1B}c"
        let result = try await dossier.run(options, lines: [hostile, "\u{1B}[2Jwhat is \u{1B}]8;;x\u{1B}\\the population?"])
        #expect(!result.output.contains("owned"))
        #expect(!result.stdout.contains(0x1B))
        #expect(!result.output.unicodeScalars.contains("\u{9B}"))
        #expect(result.output.contains("2007"))
    }

    @Test func answersAreWrittenAsEachLineArrives() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let (process, input, output, error) = try dossier.start(["--json"])
        let watchdog = Task.detached {
            try await Task.sleep(for: .seconds(60))
            if process.isRunning { process.terminate() }
        }
        // One question in, stdin still open: the answer must come back on its own.
        try input.fileHandleForWriting.write(contentsOf: Data("when did Russia open its embassy?\n".utf8))
        let first = await Task.detached { () -> String in
            var line = Data()
            while !line.contains(UInt8(ascii: "\n")) {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                line.append(chunk)
            }
            return String(decoding: line, as: UTF8.self)
        }.value
        let stillRunning = process.isRunning
        try input.fileHandleForWriting.close()
        _ = output.fileHandleForReading.readDataToEndOfFile()
        _ = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()

        #expect(stillRunning, "the first answer arrived only after the process ended")
        #expect(first.hasSuffix("\n"))
        #expect(try DossierProcess.object(first.trimmingCharacters(in: .newlines))["status"] as? String == "answered")
        #expect(process.terminationReason == .exit)
    }

    @Test func aReaderThatGoesAwayEndsTheRunQuietly() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let (process, input, output, error) = try dossier.start([])
        let watchdog = Task.detached {
            try await Task.sleep(for: .seconds(60))
            if process.isRunning { process.terminate() }
        }
        let questions = String(repeating: "when did Russia open its embassy?\n", count: 5000)
        let writer = Task.detached {
            try? input.fileHandleForWriting.write(contentsOf: Data(questions.utf8))
            try? input.fileHandleForWriting.close()
        }
        // Read one chunk of answers, then close the reading end, as `| head -1` would.
        _ = output.fileHandleForReading.availableData
        try output.fileHandleForReading.close()
        let stderr = await Task.detached { error.fileHandleForReading.readDataToEndOfFile() }.value
        await writer.value
        process.waitUntilExit()
        watchdog.cancel()

        #expect(process.terminationReason == .exit, "killed by signal \(process.terminationStatus)")
        #expect([0, 1].contains(process.terminationStatus))
        #expect(String(decoding: stderr, as: UTF8.self) == "")
    }
}
