import Foundation

/// A JSON value as decoded, keeping booleans, integers and other numbers apart.
indirect enum JSONValue: Decodable, Equatable {
  case null
  case bool(Bool)
  case integer(Int64)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  init(from decoder: Decoder) throws {
    let c = try decoder.singleValueContainer()
    if c.decodeNil() {
      self = .null
    } else if let b = try? c.decode(Bool.self) {
      self = .bool(b)
    } else if let i = try? c.decode(Int64.self) {
      self = .integer(i)
    } else if let d = try? c.decode(Double.self) {
      self = .number(d)
    } else if let s = try? c.decode(String.self) {
      self = .string(s)
    } else if let a = try? c.decode([JSONValue].self) {
      self = .array(a)
    } else {
      self = .object(try c.decode([String: JSONValue].self))
    }
  }

  static func parse(_ data: Data) throws -> JSONValue { try JSONDecoder().decode(JSONValue.self, from: data) }

  subscript(key: String) -> JSONValue? {
    if case .object(let o) = self { return o[key] }
    return nil
  }
}

/// The part of JSON Schema (2020-12) the resident copy's schema uses, checked strictly:
/// `type` (a name or a list), `const`, `enum`, `properties`, `required`,
/// `additionalProperties: false`, `items`, `anyOf`, local `$ref` to `#/$defs/…`, `pattern`,
/// and `format` `date-time` / `date`. A keyword it does not know makes validation fail, so a
/// schema can never silently check less than it says.
struct JSONSchemaValidator {
  let root: JSONValue
  static let annotations: Set<String> = ["$schema", "$id", "title", "description", "$defs"]
  static let known: Set<String> = annotations.union([
    "type", "const", "enum", "properties", "required", "additionalProperties", "items", "anyOf", "$ref", "pattern",
    "format",
  ])

  /// Every place the instance breaks the schema, as `path: problem`; empty when valid.
  func errors(_ instance: JSONValue) -> [String] {
    var out: [String] = []
    check(instance, against: root, at: "$", into: &out)
    return out
  }

  private func check(_ value: JSONValue, against schema: JSONValue, at path: String, into out: inout [String]) {
    guard case .object(let s) = schema else { return out.append("\(path): schema is not an object") }
    for key in s.keys where !Self.known.contains(key) { out.append("\(path): unsupported keyword \(key)") }
    if case .string(let ref)? = s["$ref"] {
      let name = ref.replacingOccurrences(of: "#/$defs/", with: "")
      guard ref.hasPrefix("#/$defs/"), let target = root["$defs"]?[name] else {
        return out.append("\(path): unresolved $ref \(ref)")
      }
      check(value, against: target, at: path, into: &out)
    }
    if let type = s["type"] {
      let names: [String]
      switch type {
      case .string(let n): names = [n]
      case .array(let list): names = list.compactMap { if case .string(let n) = $0 { return n } else { return nil } }
      default: names = []
      }
      if !names.contains(where: { matches(value, type: $0) }) {
        out.append("\(path): expected \(names.joined(separator: " or ")), found \(describe(value))")
      }
    }
    if let constant = s["const"], constant != value { out.append("\(path): expected the constant \(constant)") }
    if case .array(let options)? = s["enum"], !options.contains(value) { out.append("\(path): not one of the enum") }
    if case .array(let alternatives)? = s["anyOf"] {
      let fits = alternatives.contains { alternative in
        var sub: [String] = []
        check(value, against: alternative, at: path, into: &sub)
        return sub.isEmpty
      }
      if !fits { out.append("\(path): matches none of anyOf") }
    }
    if case .string(let text) = value {
      if case .string(let pattern)? = s["pattern"], text.range(of: pattern, options: .regularExpression) == nil {
        out.append("\(path): \(text) does not match \(pattern)")
      }
      if case .string(let format)? = s["format"] {
        let pattern =
          format == "date-time"
          ? #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"# : #"^\d{4}-\d{2}-\d{2}$"#
        if text.range(of: pattern, options: .regularExpression) == nil { out.append("\(path): not a \(format)") }
      }
    }
    if case .object(let object) = value {
      let properties: [String: JSONValue]
      if case .object(let p)? = s["properties"] { properties = p } else { properties = [:] }
      if case .array(let required)? = s["required"] {
        for case .string(let name) in required where object[name] == nil { out.append("\(path): missing \(name)") }
      }
      for (name, child) in object {
        if let sub = properties[name] {
          check(child, against: sub, at: "\(path).\(name)", into: &out)
        } else if s["additionalProperties"] == .bool(false) {
          out.append("\(path): unexpected property \(name)")
        }
      }
    }
    if case .array(let items) = value, let itemSchema = s["items"] {
      for (i, item) in items.enumerated() { check(item, against: itemSchema, at: "\(path)[\(i)]", into: &out) }
    }
  }

  private func matches(_ value: JSONValue, type: String) -> Bool {
    switch (type, value) {
    case ("null", .null), ("boolean", .bool), ("integer", .integer), ("string", .string), ("array", .array),
      ("object", .object), ("number", .integer), ("number", .number):
      return true
    default: return false
    }
  }

  private func describe(_ value: JSONValue) -> String {
    switch value {
    case .null: return "null"
    case .bool: return "boolean"
    case .integer: return "integer"
    case .number: return "number"
    case .string: return "string"
    case .array: return "array"
    case .object: return "object"
    }
  }
}
