// dossier-bench: times the built `dossier` binary. Foundation only.
//
//     dossier-bench PATH/TO/dossier PATH/TO/questions.jsonl
//         the bundled store: warm throughput (one process fed the questions repeated to
//         20,000 lines), exec to first answer (median and p90 of 30 runs), peak RSS.
//     dossier-bench curve PATH/TO/dossier [SIZES]
//         for each size in facts (default 10000,100000; "1000000" for a million), a
//         synthetic corpus written by ``SyntheticCorpus``, ingested and questioned:
//         ingest MB/s and RSS, start-up to first answer, question p50/p99 in batch mode,
//         batch RSS and store size. With DOSSIER_CURVE_CORPUS=DIR the corpus of each size
//         is kept in DIR/SIZE and reused by later runs.
//     dossier-bench corpus DIRECTORY FACTS
//         only writes the synthetic corpus.
//     dossier-bench questions [COUNT]
//         prints the curve's synthetic questions (default 300), one a line, to profile
//         a store the curve made with the same questions.
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

do {
    let arguments = CommandLine.arguments
    switch arguments.dropFirst().first {
    case "curve":
        guard arguments.count >= 3 else { throw BenchError(description: "usage: dossier-bench curve PATH/TO/dossier [SIZES]") }
        let sizes = arguments.count > 3 ? arguments[3].split(separator: ",").compactMap { Int($0) } : [10_000, 100_000]
        try StoreCurve(binary: arguments[2], sizes: sizes).run()
    case "corpus":
        guard arguments.count == 4, let facts = Int(arguments[3]) else {
            throw BenchError(description: "usage: dossier-bench corpus DIRECTORY FACTS")
        }
        let bytes = try SyntheticCorpus(sentences: facts).write(to: arguments[2])
        print("wrote \(facts) sentences, \(bytes) bytes, to \(arguments[2])")
    case "questions":
        let count = arguments.count > 2 ? Int(arguments[2]) : StoreCurve.questionCount
        guard let count, count >= 0 else { throw BenchError(description: "usage: dossier-bench questions [COUNT]") }
        for question in SyntheticCorpus.questions(count: count) { print(question) }
    default:
        try bundledFigures(arguments)
    }
} catch {
    // write(2), not FileHandle.write, which traps when standard error is closed or full.
    let message = Array("dossier-bench: \(error)\n".utf8)
    _ = message.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    exit(1)
}
