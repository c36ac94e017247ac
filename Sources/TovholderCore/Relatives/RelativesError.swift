/// Everything the relatives area refuses. Carries no personal data.
public enum RelativesError: Error, Equatable, Sendable {
  // A relative.
  case emptyName
  /// The phone number cannot be one (letters, too few or too many digits).
  case invalidPhone
  /// The e-mail address cannot be one.
  case invalidEmail
  /// The preferred way of contact is one the relative has no details for.
  case preferredContactMissing
  // Consent.
  case unknownInformationKind(String)
  /// The end date is before the date the consent was given.
  case consentEndsBeforeStart
  /// Withdrawn before it was given, or withdrawn twice.
  case invalidWithdrawal
  /// A consent given on the resident's behalf needs a guardian whose scope covers the kind.
  case consentGiverNotGuardian
  // Guardianship.
  /// Neither a relative nor an outside person's name.
  case guardianMissing
  /// A § 5 or § 7 guardianship must cover economic or personal matters (or both).
  case guardianshipWithoutArea
  /// § 6 (loss of legal capacity) concerns economic matters and needs them in the scope.
  case section6WithoutEconomy
  case guardianshipEndsBeforeDecision
  // Contact log.
  case emptyContactSummary
  /// A follow-up needs both an owner and a date.
  case followUpIncomplete
  // The home.
  case emptyText
  case meetingWithoutDate
  /// Sharing was refused; see the reason.
  case sharingRefused(SharingRefusal)
}
