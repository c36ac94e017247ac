import Foundation
import TovholderCore
import TovholderStorage

/// What the command line needs from the relatives area to share with a relative: the home's
/// sharing check, the relative a command names, and the plain explanation of a refusal.
public enum RelativeSharing {
  /// The check with the home's catalogue of information kinds.
  public static func check(_ db: AppDatabase) -> SharingCheck { db.sharingCheck }

  /// The resident's relative named by `reference`: the number shown on the relative's screen,
  /// or the name (letter case ignored). Nil when none matches or a name matches several.
  public static func relative(
    _ reference: String, residentID: ResidentID, db: AppDatabase, actor: Actor
  ) throws(StorageError) -> Relative? {
    let text = reference.trimmingCharacters(in: .whitespaces)
    let relatives = try db.relatives
      .overview(residentID: residentID, actor: actor, contactLimit: 0).relatives
    if let id = RelativeID(text) { return relatives.first { $0.id == id } }
    let named = relatives.filter { $0.name.compare(text, options: .caseInsensitive) == .orderedSame }
    return named.count == 1 ? named[0] : nil
  }

  /// "Må ikke deles: Ole har intet samtykke til plan." for a refused `kindCode`.
  public static func refusal(
    _ reason: SharingRefusal, relativeName: String, kindCode: String, texts: Texts, kinds: InformationKindCatalogue
  ) -> String {
    RelativesWords.refusal(reason, name: relativeName, kind: kindCode, texts, kinds)
  }
}
