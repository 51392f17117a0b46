import DossierCLI

await DossierCLI.main(answerers: Answerers.builtIn())
