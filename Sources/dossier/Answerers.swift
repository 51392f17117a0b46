import CulturePlugin
import DossierKit
import GeneralPlugin
import PassagePlugin
import StancePlugin
import TimelinePlugin
import TradePlugin
import VisitsPlugin

/// The one place answerers are registered, in the order they are asked. To add an
/// answerer, declare its target in Package.swift (and as a dependency of `dossier`),
/// import its module here and add one line to the list.
enum Answerers {
    static func builtIn() -> [any Answerer] {
        [
            TimelineAnswerer(),
            TradeAnswerer(),
            VisitsAnswerer(),
            StanceAnswerer(),
            CultureAnswerer(),
            GeneralAnswerer(),
            PassageAnswerer(),
        ]
    }
}
