// Synthetic documents for the store curve: dated sentences about the diplomacy of a
// region, written from templates here (no sentence of any real source), with invented
// people and the real names of countries and cities.
import Foundation

struct SyntheticCorpus {
    /// How many sentences (each reads as about one fact).
    let sentences: Int
    /// Sentences per file: a file is about 100 KB.
    static let sentencesPerFile = 1_000

    static let countries = [
        "Guatemala", "Russia", "Mexico", "Cuba", "Nicaragua", "Honduras", "Belize", "El Salvador", "Costa Rica",
        "Panama", "Venezuela", "Brazil", "Argentina", "Chile", "Peru", "Colombia", "Ecuador", "Bolivia", "Spain", "Ukraine",
    ]
    static let cities = [
        "Guatemala City", "Moscow", "Mexico City", "Havana", "Managua", "Tegucigalpa", "Belmopan", "San Salvador",
        "San José", "Panama City", "Caracas", "Brasília", "Buenos Aires", "Santiago", "Lima", "Bogotá", "Quito",
        "La Paz", "Madrid", "Kyiv", "Antigua Guatemala", "Saint Petersburg", "Quetzaltenango", "Sochi",
    ]
    static let givenNames = [
        "Marta", "Iván", "Lucía", "Tomás", "Elena", "Rafael", "Sofía", "Andrés", "Irina", "Pavel", "Carmen", "Diego",
        "Olga", "Mateo", "Beatriz", "Sergei", "Valeria", "Joaquín", "Nadia", "Hugo", "Inés", "Boris", "Paula", "Emilio",
        "Yelena", "Gonzalo", "Rosa", "Viktor", "Alba", "Felipe", "Daria", "Ramiro", "Noemí", "Anatoly", "Celia", "Lorenzo",
        "Marina", "Esteban", "Galina", "Aurelio",
    ]
    static let familyNames = [
        "Quiroga", "Solís", "Ventura", "Arrieta", "Montoya", "Castellanos", "Villalta", "Orellana", "Zelaya", "Barrios",
        "Pimentel", "Lacayo", "Urrutia", "Sandoval", "Mejía", "Ordóñez", "Galdámez", "Recinos", "Toledo", "Alvarado",
        "Volkov", "Sokolov", "Lebedev", "Morozov", "Kuznetsova", "Orlova", "Belov", "Gromova", "Zaitsev", "Titova",
        "Fonseca", "Carrera", "Estrada", "Herrera", "Ibarra", "Jiménez", "Lemus", "Marroquín", "Nájera", "Paredes",
        "Quintanilla", "Rosales", "Samayoa", "Trujillo", "Ureña", "Valle", "Wer", "Xicará", "Yon", "Zamora",
    ]
    static let topics = [
        "coffee exports", "fertiliser supplies", "nuclear energy", "visa rules", "grain deliveries", "cultural exchange",
        "fishing rights", "space cooperation", "medical supplies", "student grants", "banana tariffs", "wheat imports",
        "port construction", "cardamom trade", "election observers", "police training", "vaccine deliveries", "debt relief",
    ]
    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    /// Writes the files, named `prefix-00000.txt` and on; returns how many bytes of text
    /// were written.
    func write(to directory: String, prefix: String = "synthetic") throws -> Int {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var generator = SplitMix(seed: UInt64(sentences))
        var written = 0
        var file = 0
        var remaining = sentences
        while remaining > 0 {
            let count = min(remaining, Self.sentencesPerFile)
            let text = document(number: file, sentences: count, &generator)
            let path = (directory as NSString).appendingPathComponent(prefix + String(format: "-%05d.txt", file))
            try text.write(toFile: path, atomically: false, encoding: .utf8)
            written += text.utf8.count
            remaining -= count
            file += 1
        }
        return written
    }

    private func document(number: Int, sentences count: Int, _ generator: inout SplitMix) -> String {
        var lines = ["Synthetic chronicle \(number + 1) of regional diplomacy", ""]
        var left = count
        var section = 0
        while left > 0 {
            // Each heading once in a document (claims are keyed by section).
            let year = 1900 + (number * 13 + section) % 126
            section += 1
            lines += ["Events of \(year)", ""]
            for _ in 0..<3 where left > 0 {
                let size = min(left, 4 + generator.next(3))
                lines.append((0..<size).map { _ in sentence(year: year, &generator) }.joined(separator: " "))
                lines.append("")
                left -= size
            }
        }
        return lines.joined(separator: "\n")
    }

    private func sentence(year: Int, _ g: inout SplitMix) -> String {
        func pick(_ list: [String]) -> String { list[g.next(list.count)] }
        let person = pick(Self.givenNames) + " " + pick(Self.familyNames)
        let other = pick(Self.givenNames) + " " + pick(Self.familyNames)
        let (country, partner) = (pick(Self.countries), pick(Self.countries))
        let date = "\(1 + g.next(28)) \(pick(Self.months)) \(year)"
        switch g.next(8) {
        case 0: return "On \(date), \(person) visited \(pick(Self.cities)) for talks on \(pick(Self.topics))."
        case 1: return "In \(year) \(country) and \(partner) signed an agreement on \(pick(Self.topics))."
        case 2: return "\(person) met \(other) in \(pick(Self.cities)) on \(date)."
        case 3: return "In \(pick(Self.months)) \(year) \(country) opened a consulate in \(pick(Self.cities))."
        case 4: return "Exports of \(pick(Self.topics)) from \(country) to \(partner) rose sharply in \(year)."
        case 5: return "\(country) recalled its ambassador from \(partner) on \(date)."
        case 6: return "On \(date) the foreign minister \(person) announced new \(pick(Self.topics)) with \(partner)."
        default: return "Delegates of \(country) discussed \(pick(Self.topics)) with \(partner) in \(pick(Self.cities)) in \(year)."
        }
    }

    /// Questions of the kinds the corpus answers, drawn from the same names.
    static func questions(count: Int) -> [String] {
        var g = SplitMix(seed: 7)
        func pick(_ list: [String]) -> String { list[g.next(list.count)] }
        return (0..<count).map { index in
            let person = pick(givenNames) + " " + pick(familyNames)
            let year = 1945 + g.next(80)
            switch index % 6 {
            case 0: return "When did \(person) visit \(pick(cities))?"
            case 1: return "What did \(pick(countries)) and \(pick(countries)) sign in \(year)?"
            case 2: return "Who met \(person)?"
            case 3: return "When did \(pick(countries)) open a consulate in \(pick(cities))?"
            case 4: return "What did \(pick(countries)) export to \(pick(countries)) in \(year)?"
            default: return "When did \(pick(countries)) recall its ambassador from \(pick(countries))?"
            }
        }
    }
}

/// A small seeded generator, so a size always gives the same corpus.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    mutating func next(_ bound: Int) -> Int {
        state = state &+ 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(bound))
    }
}
