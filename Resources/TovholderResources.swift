/// The texts and catalogues in this folder are compiled into the binary (see Package.swift),
/// so an installed `tovholder` needs no files beside it.
public enum TovholderResources {
  public static var danishTexts: [UInt8] { PackageResources.da_json }
  public static var englishTexts: [UInt8] { PackageResources.en_json }
}
