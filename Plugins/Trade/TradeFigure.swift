import Foundation

/// A sum of money as a claim states it ("$45 million", "€2.5 billion", "300 million
/// dollars"), exact: a figure with a bound or an estimate ("more than $4 billion", "about
/// $2 million") or in no currency is not one, since a difference of such figures would
/// say more than the sources do.
struct TradeFigure: Equatable {
    /// The currency, as a symbol: "$", "€", "£".
    let currency: String
    /// The sum in units of the currency.
    let value: Decimal

    /// Currency symbols and words, and the symbol each stands for.
    static let currencies: [String: String] = [
        "$": "$", "us$": "$", "dollar": "$", "dollars": "$", "€": "€", "euro": "€", "euros": "€",
        "£": "£", "pound": "£", "pounds": "£",
    ]
    /// Words that scale a figure.
    static let scales: [String: Decimal] = ["thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000]

    /// Reads an amount; nil unless it is one exact sum in one currency.
    init?(_ amount: String) {
        var words = amount.lowercased().split(separator: " ").map(String.init)
        var currency: String?
        // A symbol written onto the number: "$45", "us$3".
        if let first = words.first, let symbol = Self.currencies.keys.filter({ first.hasPrefix($0) && first.count > $0.count }).max(by: { $0.count < $1.count }) {
            currency = Self.currencies[symbol]
            words[0] = String(first.dropFirst(symbol.count))
        } else if let first = words.first, let symbol = Self.currencies[first] {
            currency = symbol
            words.removeFirst()
        }
        guard let number = words.first.map({ $0.replacingOccurrences(of: ",", with: "") }),
              number.allSatisfy({ $0.isNumber || $0 == "." }), number.first?.isNumber == true,
              var value = Decimal(string: number)
        else { return nil }
        var rest = words.dropFirst()
        if let word = rest.first, let scale = Self.scales[word] {
            value *= scale
            rest = rest.dropFirst()
        }
        if currency == nil, let word = rest.first, let symbol = Self.currencies[word] {
            currency = symbol
            rest = rest.dropFirst()
        }
        guard let currency, rest.isEmpty else { return nil }
        self.currency = currency
        self.value = value
    }

    init(currency: String, value: Decimal) {
        self.currency = currency
        self.value = value
    }

    /// -1, 0 or 1 as the sum is under, at or over nothing.
    var sign: Int { value.isZero ? 0 : value < 0 ? -1 : 1 }

    /// "$1.5 billion", "$300 million", "$45,000": the largest scale the sum reaches.
    var text: String {
        let magnitude = value < 0 ? -value : value
        let scale = Self.scales.filter { magnitude >= $0.value && $0.key != "thousand" }.max { $0.value < $1.value }
        guard let scale else { return currency + Self.grouped(magnitude) }
        return currency + NSDecimalNumber(decimal: magnitude / scale.value).stringValue + " " + scale.key
    }

    private static func grouped(_ value: Decimal) -> String {
        let digits = NSDecimalNumber(decimal: value).stringValue
        let whole = digits.split(separator: ".", maxSplits: 1)
        var grouped = ""
        for (index, digit) in whole[0].reversed().enumerated() {
            if index > 0 && index % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return String(grouped.reversed()) + (whole.count > 1 ? "." + whole[1] : "")
    }
}
