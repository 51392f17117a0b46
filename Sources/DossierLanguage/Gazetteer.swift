/// Countries by their ISO 3166 codes, with what names them in English and Spanish: ISO
/// names (Debian iso-codes, with its Spanish catalogue), WordNet 3.0 aliases ("Russia",
/// "America", "PRC"), demonyms ("Guatemalan" -> Guatemala) and capitals ("Moscow" ->
/// Russia), plus the few entries neither resource holds (`scripts/language-overrides.tsv`).
///
/// Lookups fold case and accents and read whole names: "guatemalan", "Federación Rusa" and
/// "KYIV" all resolve; a name shared by two codes resolves to neither.
public struct Gazetteer: Sendable {
    /// The languages names are kept in.
    public enum Language: String, Sendable, Hashable, CaseIterable {
        case english = "en", spanish = "es"
    }

    /// How a text names a country.
    public enum Naming: String, Sendable, Hashable {
        case name, alias, demonym, capital
    }

    /// One country, or a former one (ISO 3166-3: the USSR, Yugoslavia).
    public struct Country: Sendable, Hashable, Identifiable {
        /// ISO 3166-1 alpha-2 ("GT"), or the alpha-4 code of a withdrawn country ("SUHH").
        public var id: String
        public var alpha3: String
        public var numeric: String
        /// ISO names by language, the preferred one first.
        public var names: [Language: [String]]
        /// Other names for it (English), from WordNet.
        public var aliases: [String]
        /// Words for its people or things ("Guatemalan").
        public var demonyms: [String]
        /// Its capital's names ("Kyiv", "Kiev").
        public var capitals: [String]
        /// The year a withdrawn code left ISO 3166-1; nil for a current country.
        public var withdrawn: Int?

        /// The preferred name in a language, or the English one when that language has none.
        public func name(in language: Language = .english) -> String {
            names[language]?.first ?? names[.english]?.first ?? id
        }
    }

    /// A country a text named, and how it was named.
    public struct Match: Sendable, Hashable {
        public var country: Country
        public var naming: Naming

        public init(country: Country, naming: Naming) {
            self.country = country
            self.naming = naming
        }
    }

    /// Every country, current ones in ISO order, then withdrawn ones.
    public let countries: [Country]
    private let byCode: [String: Int]
    private let byText: [Naming: [String: Int]]
    /// Every code a capital's name belongs to, current and former ("Moscow": RU, SUHH).
    private let capitalCodes: [String: [Int]]

    /// The gazetteer compiled into the binary, with the keys of its names that are not
    /// plain words (`gazetteer_keys.tsv`, held to ``key(_:)`` by BundledTableTests), so
    /// building it folds no name; read on first use.
    public static let bundled = Gazetteer(PackageResources.gazetteer_tsv, keys: PackageResources.gazetteer_keys_tsv)

    /// A gazetteer of the rows in `bytes`; `keys` holds rows `text key` giving ``key(_:)``
    /// of texts ahead (any text it lacks is keyed here).
    init(_ bytes: [UInt8], keys: [UInt8] = []) {
        var known: [String: String] = [:]
        LanguageTable.forEachRow(keys) { row in
            if row.count == 2 { known[row[0]] = row[1] }
        }
        var countries: [Country] = []
        var index: [String: Int] = [:]
        // Each text's codes, each code once (arrays: a text names one or two codes).
        var texts: [Naming: [String: [Int]]] = [:]
        LanguageTable.forEachRow(bytes) { row in
            guard row.count == 4 else { return }
            let code = row[1], text = row[3]
            if row[0] == "code" {
                let parts = text.split(separator: " ").map(String.init)
                index[code] = countries.count
                countries.append(Country(
                    id: code, alpha3: parts.first ?? "", numeric: parts.count > 1 ? parts[1] : "",
                    names: [:], aliases: [], demonyms: [], capitals: []))
                return
            }
            guard let at = index[code] else { return }
            let naming: Naming
            switch row[0] {
            case "name":
                let language = Language(rawValue: row[2]) ?? .english
                countries[at].names[language, default: []].append(text)
                naming = .name
            case "alias": countries[at].aliases.append(text); naming = .alias
            case "demonym": countries[at].demonyms.append(text); naming = .demonym
            case "capital": countries[at].capitals.append(text); naming = .capital
            case "withdrawn": countries[at].withdrawn = Int(text); return
            default: return
            }
            let key = known[text] ?? Self.key(text)
            if texts[naming]?[key]?.contains(at) != true { texts[naming, default: [:]][key, default: []].append(at) }
        }
        self.countries = countries
        byCode = index
        capitalCodes = (texts[.capital] ?? [:]).mapValues { $0.sorted() }
        // A text that names two codes names neither, unless only one of them is current.
        byText = texts.mapValues { table in
            table.compactMapValues { found in
                let current = found.filter { countries[$0].withdrawn == nil }
                let chosen = current.isEmpty ? found : current
                return chosen.count == 1 ? chosen.first : nil
            }
        }
    }

    /// The folded words of a name joined by single spaces: "U.S.A." and "u.s.a" meet.
    /// ASCII words between single spaces, as most names are, are that key lowercased.
    static func key(_ text: String) -> String {
        if isPlainWords(text) { return text.lowercased() }
        return TextFolding.words(text).joined(separator: " ")
    }

    /// True for ASCII letters in words parted by single spaces ("Russian Federation").
    private static func isPlainWords(_ text: String) -> Bool {
        var previousWasLetter = false
        for byte in text.utf8 {
            if TextFolding.isASCIILetter(byte) {
                previousWasLetter = true
            } else if byte == UInt8(ascii: " ") && previousWasLetter {
                previousWasLetter = false
            } else {
                return false
            }
        }
        return previousWasLetter
    }

    /// The country with this ISO code (alpha-2, alpha-4 for withdrawn ones, any case).
    public func country(code: String) -> Country? {
        byCode[code.uppercased()].map { countries[$0] }
    }

    /// The country a text names as a whole, trying names, aliases, demonyms and capitals in
    /// that order. A plural demonym reads as its singular ("Guatemalans").
    public func lookup(_ text: String) -> Match? {
        let key = Self.key(text)
        for naming in [Naming.name, .alias, .demonym, .capital] {
            if let at = byText[naming]?[key] { return Match(country: countries[at], naming: naming) }
        }
        if key.hasSuffix("s"), let at = byText[.demonym]?[String(key.dropLast())] {
            return Match(country: countries[at], naming: .demonym)
        }
        return nil
    }

    /// The country an ISO name or WordNet alias names, in English or Spanish
    /// ("Russian Federation", "Russia", "Rusia").
    public func country(named text: String) -> Country? {
        let key = Self.key(text)
        return (byText[.name]?[key] ?? byText[.alias]?[key]).map { countries[$0] }
    }

    /// The country of a demonym, singular or plural ("Guatemalan", "Ukrainians").
    public func country(demonym text: String) -> Country? {
        let key = Self.key(text)
        let at = byText[.demonym]?[key] ?? (key.hasSuffix("s") ? byText[.demonym]?[String(key.dropLast())] : nil)
        return at.map { countries[$0] }
    }

    /// The country whose capital this is ("Moscow" -> Russia, "Kyiv" -> Ukraine).
    public func country(capital text: String) -> Country? {
        byText[.capital]?[Self.key(text)].map { countries[$0] }
    }

    /// The country a capital stood for in a year: a former country whose capital it was,
    /// when the year is before the former country's code was withdrawn ("Moscow" in 1945:
    /// the USSR), else the current one ("Moscow" in 2014, or with no year: Russia).
    public func country(capital text: String, in year: Int?) -> Country? {
        let owners = (capitalCodes[Self.key(text)] ?? []).map { countries[$0] }
        if let year, let former = owners.filter({ ($0.withdrawn ?? Int.min) > year }).min(by: { $0.withdrawn! < $1.withdrawn! }) {
            return former
        }
        return country(capital: text)
    }
}
