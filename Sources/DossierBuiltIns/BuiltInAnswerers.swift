public import DossierKit
import GeneralPlugin
import PassagePlugin
import StancePlugin
import TimelinePlugin
import TradePlugin
import VisitsPlugin

/// The answerers shipped with Dossier (the targets under `Plugins/`), in the order they
/// are asked. Dossier's own `dossier` runs exactly these; a package that builds its own
/// `dossier` adds its answerers to them:
///
/// ```swift
/// import DossierBuiltIns
/// import DossierCLI
///
/// await DossierCLI.main(answerers: BuiltInAnswerers.all + [HeritageAnswerer()])
/// ```
///
/// To ship a new answerer with Dossier itself, add its target under `Plugins/`, make this
/// target depend on it, and add one line to ``all``.
public enum BuiltInAnswerers {
    /// A fresh list of the built-in answerers.
    public static var all: [any Answerer] {
        [
            TimelineAnswerer(),
            TradeAnswerer(),
            VisitsAnswerer(),
            StanceAnswerer(),
            GeneralAnswerer(),
            PassageAnswerer(),
        ]
    }

    /// True when `answerer` is one of ``all`` (by type): `dossier plugins` says "built-in".
    public static func contains(_ answerer: any Answerer) -> Bool {
        let kind = ObjectIdentifier(type(of: answerer))
        return all.contains { ObjectIdentifier(type(of: $0)) == kind }
    }
}
