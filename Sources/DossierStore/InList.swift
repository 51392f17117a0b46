import GRDB

/// The marks and arguments of an SQL `IN` list of ids, its length rounded up to a power of
/// two (at least 8) with NULLs, which match nothing. The statements that read a question's
/// few rows are then prepared once for each length and taken from the connection's
/// statement cache after, instead of being compiled again for every count of ids.
struct InList {
    let marks: String
    let arguments: StatementArguments

    init<ID: DatabaseValueConvertible>(_ ids: [ID]) {
        var length = 8
        while length < ids.count { length *= 2 }
        marks = Array(repeating: "?", count: length).joined(separator: ",")
        let values: [(any DatabaseValueConvertible)?] = ids.map { $0 } + Array(repeating: nil, count: length - ids.count)
        arguments = StatementArguments(values)
    }
}
