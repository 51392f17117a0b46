import DossierShell
import Testing

/// `:timeline [ENTITY] --open FILE.html`, as the shell reads it.
struct TimelineOpenCommandTests {
    @Test(arguments: [
        (":timeline --open t.html", MetaCommand.timelinePage(entity: nil, file: "t.html")),
        (":timeline Russia --open /tmp/russia.html", .timelinePage(entity: "Russia", file: "/tmp/russia.html")),
        (":timeline United States --open my timeline.html", .timelinePage(entity: "United States", file: "my timeline.html")),
        (":timeline Russia", .timeline("Russia")),
    ])
    func readsTheEntityAndTheFile(line: String, command: MetaCommand) throws {
        #expect(try MetaCommand.parse(line) == command)
    }

    @Test func openWithoutAFileSaysWhatItNeeds() {
        #expect(throws: MetaCommandError.self) { try MetaCommand.parse(":timeline Russia --open") }
        let error = #expect(throws: MetaCommandError.self) { try MetaCommand.parse(":timeline --open") }
        #expect(error?.description == ":timeline --open needs FILE.html, as in :timeline --open FILE.html")
    }
}
