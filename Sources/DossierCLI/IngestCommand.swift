import ArgumentParser
import DossierEngine
import DossierKit
import DossierStore
import Foundation
import DossierOutput

extension Dossier {
    /// `dossier ingest PATH...`: stores documents, quotes the sentences citations rest on
    /// and adds the dated events the documents tell.
    struct IngestCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ingest",
            abstract: "Add plain-text or Markdown documents to the store.",
            discussion: """
                Each file is split into sections, paragraphs and sentences; citations of its source get \
                the exact sentence as their quote, and dated events become timeline facts. A sources.json \
                beside the files supplies ids and titles. The same file twice changes nothing. Files that \
                are not UTF-8, empty, binary or over 10 MiB are reported and skipped; the exit status is \
                then 65. A file whose source id is already stored from another file is refused the same \
                way (as git refuses to overwrite), unless --replace is given.
                """)

        @OptionGroup var options: GlobalOptions

        @Flag(name: .long, help: "Replace a document stored under the same source id from another file.")
        var replace = false

        @Argument(help: "Text or Markdown files.")
        var paths: [String]

        func run() async throws {
            let session = try await Session(options: options, use: .storing)
            let ingester: DocumentIngester
            do {
                ingester = try DocumentIngester(store: session.store)
            } catch {
                throw Failure(error)
            }
            let progress = ProgressBar(total: paths.count)
            var failures: [DossierError] = []
            // Files are read a window at a time, one a core, and stored in their order.
            let files = paths.map { path in
                let bytes = RawArguments.bytes(of: path)
                return (shown: bytes == Array(path.utf8) ? path : RawArguments.shown(bytes), bytes: bytes)
            }
            let window = max(1, ProcessInfo.processInfo.activeProcessorCount)
            for start in stride(from: 0, to: files.count, by: window) {
                let batch = Array(files[start..<min(files.count, start + window)])
                var readings = await Self.read(batch, with: ingester)
                var stored: Set<String> = []
                for (offset, file) in batch.enumerated() {
                    progress.show(done: start + offset, current: file.shown)
                    // Read before another file of its source was stored: read it again.
                    if case .success(let reading) = readings[offset], stored.contains(reading.document.source.id) {
                        readings[offset] = Result { () throws(DossierError) in try ingester.read(path: file.shown, pathBytes: file.bytes) }
                    }
                    let report: DocumentIngester.Report
                    do {
                        report = try ingester.store(try readings[offset].get(), replacing: replace)
                    } catch {
                        progress.clear()
                        failures.append(error)
                        if options.json { try session.emit([ListingRecords.error(error, path: file.shown)]) }
                        StandardError.write(Failure(error).description + "\n")
                        continue
                    }
                    stored.insert(report.source)
                    progress.clear()
                    try session.emit([options.json ? ListingRecords.ingested(report) : IngestLine.text(report)])
                }
            }
            progress.clear()
            // Readings not stored now (the store busy) are made by the next process that opens it.
            try? QuestionEngine.storeReadings(of: session.store, for: session.answerers)
            if let first = failures.first { throw ExitStatus.of(first.code) }
        }
    }
}

extension Dossier.IngestCommand {
    /// The files read side by side, each reading (or why it failed) in the files' order.
    static func read(
        _ files: [(shown: String, bytes: [UInt8])], with ingester: DocumentIngester
    ) async -> [Result<DocumentIngester.Reading, DossierError>] {
        await withTaskGroup(of: (Int, Result<DocumentIngester.Reading, DossierError>).self) { group in
            for (offset, file) in files.enumerated() {
                group.addTask {
                    (offset, Result { () throws(DossierError) in try ingester.read(path: file.shown, pathBytes: file.bytes) })
                }
            }
            var readings = [Result<DocumentIngester.Reading, DossierError>?](repeating: nil, count: files.count)
            for await (offset, reading) in group { readings[offset] = reading }
            return readings.map { $0! }
        }
    }
}

/// How `dossier ingest` reports one file.
enum IngestLine {
    static func text(_ report: DocumentIngester.Report) -> String {
        var line = "\(report.outcome.rawValue) \(report.source) (\(report.path))"
        if report.outcome != .unchanged {
            line += ": \(counted(report.sections, "section")), \(counted(report.passages, "sentence"));"
                + " \(counted(report.events, "new claim")), \(counted(report.entities, "new name"))"
            if report.quoted > 0 { line += "; \(counted(report.quoted, "citation")) of the fact pack quoted" }
            if report.unquoted > 0 { line += "; \(counted(report.unquoted, "anchor")) not found (see dossier check)" }
        }
        return TerminalSanitizer.clean(line)
    }

    /// "1 section", "8 sentences".
    private static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}

typealias IngestCommand = Dossier.IngestCommand
