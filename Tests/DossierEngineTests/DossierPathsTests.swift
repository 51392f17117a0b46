import DossierEngine
import DossierOutput
import Testing

struct DossierPathsTests {
    @Test func followsXDGVariablesWhenSet() {
        let paths = DossierPaths(environment: [
            "HOME": "/home/ana", "XDG_DATA_HOME": "/data", "XDG_STATE_HOME": "/state",
        ])
        #expect(paths.store == "/data/dossier/store.sqlite")
        #expect(paths.history == "/state/dossier/history")
        #expect(paths.pluginDirectory == "/data/dossier/plugins")
    }

    @Test func fallsBackToTheHomeDirectoryWhenUnset() {
        let paths = DossierPaths(environment: ["HOME": "/home/ana"])
        #expect(paths.store == "/home/ana/.local/share/dossier/store.sqlite")
        #expect(paths.history == "/home/ana/.local/state/dossier/history")
        #expect(paths.pluginDirectory == "/home/ana/.local/share/dossier/plugins")
    }

    @Test(arguments: ["relative/data", "", "./data", "~/data"])
    func ignoresRelativeOrEmptyXDGValues(value: String) {
        let paths = DossierPaths(environment: ["HOME": "/home/ana", "XDG_DATA_HOME": value, "XDG_STATE_HOME": value])
        #expect(paths.store == "/home/ana/.local/share/dossier/store.sqlite")
        #expect(paths.history == "/home/ana/.local/state/dossier/history")
    }

    @Test func usesEachVariableOnItsOwn() {
        let paths = DossierPaths(environment: ["HOME": "/home/ana", "XDG_STATE_HOME": "/state"])
        #expect(paths.store == "/home/ana/.local/share/dossier/store.sqlite")
        #expect(paths.history == "/state/dossier/history")
    }

    @Test func resolvesSomewhereAbsoluteWithoutAHome() {
        let paths = DossierPaths(environment: [:])
        #expect(paths.store.hasPrefix("/"))
        #expect(paths.store.hasSuffix("/dossier/store.sqlite"))
    }
}
