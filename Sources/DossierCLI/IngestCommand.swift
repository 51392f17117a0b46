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
                then 65.
                """)

        @OptionGroup var options: GlobalOptions

        @Argument(help: "Text or Markdown files.")
        var paths: [String]

        func run() async throws {
            let session = try Session(options: options, answering: false)
            let ingester = DocumentIngester(store: session.store, index: session.engine.index)
            let progress = ProgressBar(total: paths.count)
            var failures: [DossierError] = []
            for (done, path) in paths.enumerated() {
                progress.show(done: done, current: path)
                let report: DocumentIngester.Report
                do {
                    report = try ingester.ingest(path: path)
                } catch {
                    progress.clear()
                    failures.append(error)
                    if options.json { try session.emit([ListingRecords.error(error, path: path)]) }
                    StandardError.write(Failure(error).description + "\n")
                    continue
                }
                progress.clear()
                try session.emit([options.json ? ListingRecords.ingested(report) : IngestLine.text(report)])
            }
            progress.clear()
            if let first = failures.first { throw ExitStatus.of(first.code) }
        }
    }
}

/// How `dossier ingest` reports one file.
enum IngestLine {
    static func text(_ report: DocumentIngester.Report) -> String {
        var line = "\(report.outcome.rawValue) \(report.source) (\(report.path))"
        if report.outcome != .unchanged {
            line += ": \(report.sections) sections, \(report.passages) sentences, \(report.quoted) citations quoted, \(report.events) events"
            if report.unquoted > 0 { line += "; \(report.unquoted) anchors not found (see dossier check)" }
        }
        return TerminalSanitizer.clean(line)
    }
}

typealias IngestCommand = Dossier.IngestCommand
