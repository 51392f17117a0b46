import CultureAnswerer
import DossierBuiltIns
import DossierCLI

// This package's answerers first, then Dossier's: answerers are asked in this order, and
// a tie goes to the one listed first.
await DossierCLI.main(answerers: [CultureAnswerer()] + BuiltInAnswerers.all)
