/**
 * The field names an audit line can name by number (issue 17). A create keeps the names of the
 * fields it was given (changes-codec.ts); spelled out, that was ~460 bytes for each new profile,
 * 46 MB of a piemonte10 file. Stored as a bit mask over this list it is ~40 characters.
 *
 * APPEND ONLY. A stored mask points at positions here: moving, renaming or removing a name would
 * change what lines already written say (a test pins the list). A name that is not here (a new
 * field not yet added) is simply stored spelled out, so forgetting to add one loses nothing.
 */
export const AUDIT_FIELD_CATALOGUE: readonly string[] = [
  // Candidates (shared/api/candidate-fields.ts).
  'firstName', 'lastName', 'taxCode', 'birthDate', 'sex', 'birthPlaceCode', 'birthPlace', 'citizenship', 'permitType', 'permitExpiry',
  'resAddress', 'resCap', 'resComune', 'resProvince', 'domicileSame', 'domAddress', 'domCap', 'domComune', 'domProvince', 'phone',
  'email', 'employmentStatus', 'didDate', 'cpi', 'benefits', 'targetCategory', 'educationLevel', 'educationTitle', 'educationYear', 'experiences',
  'skills', 'languages', 'drivingLicences', 'ownVehicle', 'hoursPerWeek', 'shifts', 'availabilityArea', 'availableFrom', 'privacyNoticeDate', 'privacyNoticeVersion',
  'specialLegalBasis', 'consentContact', 'consentDate', 'status', 'operatorId', 'notes',
  // Special data.
  'disabilityPercent', 'healthNotes', 'socialServicesCare', 'socialServicesNotes',
  // Associations.
  'name', 'legalForm', 'vatNumber', 'aicsAffiliation', 'committee', 'registryNumber', 'address', 'cap', 'comune', 'province',
  'legalRepName', 'legalRepTaxCode', 'legalRepRole', 'contactName', 'pec', 'employees', 'ccnl', 'atecoCode', 'sector', 'sites',
  'noLayoffsDeclaredOn', 'safetyDeclaredOn', 'disabilityQuotaDeclaredOn', 'stampDuty', 'stampDutyExemptionBasis',
  // Needs.
  'associationId', 'operatingSiteId', 'title', 'tasks', 'licence', 'vehicleNeeded', 'schedule', 'periodFrom', 'periodTo', 'positions',
  'offers', 'categories', 'hostTutorAvailable', 'receivedOn',
  // Proposals.
  'needId', 'candidateId', 'score', 'reasons', 'proposedOn', 'operatorName',
  // Internships.
  'matchId', 'type', 'promoterTutorId', 'hostTutorName', 'hostTutorTaxCode', 'hostTutorRole', 'hostTutorYears', 'startDate', 'plannedEndDate', 'weeklySchedule',
  'weeklySlots', 'scheduleNotes', 'monthlyAllowanceCents', 'funding', 'inailPosition', 'liabilityPolicy', 'noticeDate', 'noticeNumber', 'goals', 'activities',
  'skillsToAcquire', 'skillsAcquired', 'safetyTraining', 'atlanteRef', 'professionCode', 'professionName', 'portalReference', 'insurer', 'workedForHost', 'workedForHostDeclaredOn',
  'hostOtherPromoterInterns',
];
