import DossierBuiltIns
import DossierCLI

await DossierCLI.main(answerers: BuiltInAnswerers.all)
