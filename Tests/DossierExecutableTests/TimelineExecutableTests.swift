import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `dossier timeline`, run as the built binary on the bundled store.
struct TimelineExecutableTests {
    @Test func svgOfTheBundledStoreIsWellFormedAndShowsTheKeyYearsWithSources() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let result = try await dossier.run(["timeline", "--format", "svg"])
        #expect(result.status == 0, "\(result.errors)")
        let parser = XMLParser(data: result.stdout)
        #expect(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
        for year in ["1945", "1991", "1995", "2007"] {
            #expect(result.output.contains("class=\"year\" x=") && result.output.contains(">\(year)</text>"), "no \(year) on the axis")
            #expect(result.output.contains("data-time=\"\(year)\""), "no event in \(year)")
        }
        #expect(result.output.contains("Source: Guatemala\u{2013}Russia relations [wikipedia-guatemala-russia-relations], History, paragraph 2"))
        #expect(!result.output.contains("<script") && !result.output.contains("href"))
    }

    @Test func htmlAboutRussiaHoldsThePictureAndTheTable() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let file = dossier.home.appendingPathComponent("russia.html")
        let result = try await dossier.run(["timeline", "Russia", "--format", "html", "-o", file.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.isEmpty)
        let html = try String(contentsOf: file, encoding: .utf8)
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\"") && html.contains("<table>"))
        #expect(html.contains("Timeline of cited events about Russia"))
        #expect(html.contains("<td class=\"date\">2007</td>"))
    }

    @Test func anEmptySelectionSaysSoAndExits1() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let file = dossier.home.appendingPathComponent("none.svg")
        let result = try await dossier.run(["timeline", "--from", "1700", "--to", "1710", "--format", "svg", "-o", file.path])
        #expect(result.status == 1)
        #expect(result.errors.contains("no dated events from 1700 to 1710"))
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }

    @Test func textIsTheListAndFiltersByYear() async throws {
        let dossier = try DossierProcess()
        defer { dossier.cleanUp() }
        let result = try await dossier.run(["timeline", "Russia", "--from", "1995", "--to", "1995"])
        #expect(result.status == 0)
        #expect(result.lines.count == 1)
        #expect(result.lines.first?.contains("1995") == true && result.lines.first?.contains("[wikipedia-guatemala-russia-relations, History, paragraph 2]") == true)
        let unknown = try await dossier.run(["timeline", "Atlantis"])
        #expect(unknown.status == 64)
        #expect(unknown.errors.contains("no entity is called Atlantis"))
    }
}
