import CulturePlugin
import DossierKit
import GeneralPlugin
import PassagePlugin
import StancePlugin
import TimelinePlugin
import TradePlugin
import VisitsPlugin

/// The one place answerers are registered, in the order they are asked. To add an
/// answerer, add one line here.
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
