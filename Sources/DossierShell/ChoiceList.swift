/// Lays completion choices out in columns, the way shells list them after a second Tab.
enum ChoiceList {
    /// The choices in as many columns as fit `width` (one per line without a width),
    /// filled down each column, every line ending with a newline.
    static func format(_ choices: [String], width: Int?) -> String {
        guard !choices.isEmpty else { return "" }
        let cell = (choices.map(\.count).max() ?? 0) + 2
        let columns = max(1, (width ?? cell) / cell)
        let rows = (choices.count + columns - 1) / columns
        var out = ""
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < choices.count else { break }
                let choice = choices[index]
                line += index + rows < choices.count ? choice.padding(to: cell) : choice
            }
            out += line + "\n"
        }
        return out
    }
}
