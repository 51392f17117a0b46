import DossierKit
import Foundation

/// The plugin's `manifest` message, the answer to `hello`.
struct WireManifest: Decodable {
    let type: String
    let manifest: PluginManifest

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        type = try c.decode(String.self, forKey: .type)
        manifest = try PluginManifest(from: decoder)
    }

    enum CodingKeys: String, CodingKey { case type }
}

/// The plugin's `bids` (or `error`) message, the answer to one `question`.
struct WireReply: Decodable {
    let type: String
    let id: Int
    let bids: [WireBid]?
    let message: String?
}

/// One bid as a plugin writes it.
struct WireBid: Decodable {
    let confidence: Double
    let answer: String
    let citations: [WireCitation]
    let reason: String?
    let interpretation: String?
}

/// A citation by fact id (`"embassy-2007"`) or by place (`{"source", "section", "paragraph"}`).
enum WireCitation: Decodable {
    case fact(String)
    case place(source: String, section: String, paragraph: Int)

    init(from decoder: any Decoder) throws {
        if let id = try? decoder.singleValueContainer().decode(String.self) {
            self = .fact(id)
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self = .place(
            source: try c.decode(String.self, forKey: .source),
            section: try c.decodeIfPresent(String.self, forKey: .section) ?? "",
            paragraph: try c.decodeIfPresent(Int.self, forKey: .paragraph) ?? 0)
    }

    enum CodingKeys: String, CodingKey { case source, section, paragraph }
}
