import DossierEngine
import DossierKit
import DossierOutput
import DossierStore

/// The JSON objects of `sources`, `plugins`, `eval`, `ingest` and `check` with `--json`:
/// one object per record, one line each, through ``JSONObjectWriter`` (which escapes
/// control and bidirectional characters). Every object starts with `"type"`, so a
/// stream that mixes records (eval's cases, collisions and summary) reads unambiguously.
enum ListingRecords {
    static func source(_ source: Source, facts: Int) -> String {
        var out = JSONObjectWriter()
        out.field("type", "source")
        out.field("id", source.id)
        out.field("title", source.title)
        out.field("publisher", source.knownPublisher)
        out.field("kind", source.kind)
        out.field("published", source.published)
        out.field("sections", source.sections)
        out.field("facts", facts)
        return out.finish()
    }

    static func plugin(_ answerer: any Answerer, origin: Answerers.Origin) -> String {
        var out = JSONObjectWriter()
        out.field("type", "plugin")
        out.field("name", answerer.name)
        out.field("version", answerer.version)
        out.field("summary", answerer.summary)
        out.field("examples", answerer.exampleQuestions)
        out.field("origin", origin.kind)
        out.field(origin.kind == "external" ? "path" : "module", origin.detail)
        return out.finish()
    }

    static func evalCase(_ row: EvalScore.Row) -> String {
        var out = JSONObjectWriter()
        out.field("type", "case")
        out.field("id", row.evalCase.id)
        out.field("question", row.evalCase.question)
        out.field("passed", row.passed)
        out.field("why", row.why.isEmpty ? nil : row.why)
        out.field("expect", row.evalCase.expect)
        out.field("status", row.outcome.status)
        out.field("answer", row.outcome.answer)
        out.field("expected_plugin", row.evalCase.plugin)
        out.field("plugin", row.outcome.plugin)
        return out.finish()
    }

    static func collision(_ collision: Evaluation.Collision) -> String {
        var out = JSONObjectWriter()
        out.field("type", "collision")
        out.field("owner", collision.owner)
        out.field("question", collision.question)
        out.field("winner", collision.winner)
        return out.finish()
    }

    static func evalSummary(_ score: EvalScore) -> String {
        var out = JSONObjectWriter()
        out.field("type", "summary")
        out.field("correct", score.correct)
        out.field("total", score.rows.count)
        out.field("accuracy", score.accuracy)
        out.field("false_answers", score.falseAnswers)
        out.field("missed", score.missed)
        out.field("routed", score.routed)
        out.field("routable", score.routable)
        return out.finish()
    }

    static func ingested(_ report: DocumentIngester.Report) -> String {
        var out = JSONObjectWriter()
        out.field("type", "document")
        out.field("path", report.path)
        out.field("source", report.source)
        out.field("outcome", report.outcome.rawValue)
        out.field("sections", report.sections)
        out.field("sentences", report.passages)
        out.field("quoted", report.quoted)
        out.field("unquoted", report.unquoted)
        out.field("events", report.events)
        return out.finish()
    }

    /// An error as a record, for the commands that go on after one (ingest).
    static func error(_ error: DossierError, path: String?) -> String {
        var out = JSONObjectWriter()
        out.field("type", "error")
        out.field("path", path)
        out.field("code", error.code.description)
        out.field("message", error.message)
        return out.finish()
    }

    static func problem(_ problem: StoredQuotes.Problem) -> String {
        var out = JSONObjectWriter()
        out.field("type", "problem")
        out.field("subject", problem.subject)
        out.field("message", problem.message)
        return out.finish()
    }

    static func checkSummary(_ audit: StoredQuotes.Audit) -> String {
        var out = JSONObjectWriter()
        out.field("type", "summary")
        out.field("sentences", audit.passages)
        out.field("quotes", audit.verified + audit.problems.count)
        out.field("problems", audit.problems.count)
        return out.finish()
    }
}
