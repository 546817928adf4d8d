-- Issue 17: the audit log made smaller without losing a line.
-- 1. A create's field names become a bit mask over the catalogue of services/audit/field-catalogue.ts
--    ("#<bits 0-62 in hex>.<bits 63-125 in hex>", the form changes-codec.ts writes): ~460 bytes of
--    names for each new profile become ~17. Only lists whose every name is in the catalogue, each once.
--    The positions below are the catalogue's as of this migration; the catalogue is append only, and a
--    test checks the two agree.
CREATE TEMP TABLE `audit_field_positions` (`name` text PRIMARY KEY NOT NULL, `pos` integer NOT NULL);--> statement-breakpoint
INSERT INTO temp.`audit_field_positions` (`name`, `pos`) VALUES
  ('firstName', 0), ('lastName', 1), ('taxCode', 2), ('birthDate', 3), ('sex', 4), ('birthPlaceCode', 5), ('birthPlace', 6), ('citizenship', 7),
  ('permitType', 8), ('permitExpiry', 9), ('resAddress', 10), ('resCap', 11), ('resComune', 12), ('resProvince', 13), ('domicileSame', 14), ('domAddress', 15),
  ('domCap', 16), ('domComune', 17), ('domProvince', 18), ('phone', 19), ('email', 20), ('employmentStatus', 21), ('didDate', 22), ('cpi', 23),
  ('benefits', 24), ('targetCategory', 25), ('educationLevel', 26), ('educationTitle', 27), ('educationYear', 28), ('experiences', 29), ('skills', 30), ('languages', 31),
  ('drivingLicences', 32), ('ownVehicle', 33), ('hoursPerWeek', 34), ('shifts', 35), ('availabilityArea', 36), ('availableFrom', 37), ('privacyNoticeDate', 38), ('privacyNoticeVersion', 39),
  ('specialLegalBasis', 40), ('consentContact', 41), ('consentDate', 42), ('status', 43), ('operatorId', 44), ('notes', 45), ('disabilityPercent', 46), ('healthNotes', 47),
  ('socialServicesCare', 48), ('socialServicesNotes', 49), ('name', 50), ('legalForm', 51), ('vatNumber', 52), ('aicsAffiliation', 53), ('committee', 54), ('registryNumber', 55),
  ('address', 56), ('cap', 57), ('comune', 58), ('province', 59), ('legalRepName', 60), ('legalRepTaxCode', 61), ('legalRepRole', 62), ('contactName', 63),
  ('pec', 64), ('employees', 65), ('ccnl', 66), ('atecoCode', 67), ('sector', 68), ('sites', 69), ('noLayoffsDeclaredOn', 70), ('safetyDeclaredOn', 71),
  ('disabilityQuotaDeclaredOn', 72), ('stampDuty', 73), ('stampDutyExemptionBasis', 74), ('associationId', 75), ('operatingSiteId', 76), ('title', 77), ('tasks', 78), ('licence', 79),
  ('vehicleNeeded', 80), ('schedule', 81), ('periodFrom', 82), ('periodTo', 83), ('positions', 84), ('offers', 85), ('categories', 86), ('hostTutorAvailable', 87),
  ('receivedOn', 88), ('needId', 89), ('candidateId', 90), ('score', 91), ('reasons', 92), ('proposedOn', 93), ('operatorName', 94), ('matchId', 95),
  ('type', 96), ('promoterTutorId', 97), ('hostTutorName', 98), ('hostTutorTaxCode', 99), ('hostTutorRole', 100), ('hostTutorYears', 101), ('startDate', 102), ('plannedEndDate', 103),
  ('weeklySchedule', 104), ('weeklySlots', 105), ('scheduleNotes', 106), ('monthlyAllowanceCents', 107), ('funding', 108), ('inailPosition', 109), ('liabilityPolicy', 110), ('noticeDate', 111),
  ('noticeNumber', 112), ('goals', 113), ('activities', 114), ('skillsToAcquire', 115), ('skillsAcquired', 116), ('safetyTraining', 117), ('atlanteRef', 118), ('professionCode', 119),
  ('professionName', 120), ('portalReference', 121), ('insurer', 122), ('workedForHost', 123), ('workedForHostDeclaredOn', 124), ('hostOtherPromoterInterns', 125);--> statement-breakpoint
UPDATE `audit_log` SET `changes` = (
  SELECT json_quote(printf('#%x.%x', sum(CASE WHEN p.pos < 63 THEN 1 << p.pos ELSE 0 END), sum(CASE WHEN p.pos >= 63 THEN 1 << (p.pos - 63) ELSE 0 END)))
  FROM json_each(`audit_log`.`changes`) j JOIN temp.`audit_field_positions` p ON p.`name` = j.value)
WHERE `changes` LIKE '["%'
  AND NOT EXISTS (SELECT 1 FROM json_each(`audit_log`.`changes`) j WHERE j.type <> 'text' OR j.value NOT IN (SELECT `name` FROM temp.`audit_field_positions`))
  AND (SELECT count(DISTINCT value) FROM json_each(`audit_log`.`changes`)) = json_array_length(`audit_log`.`changes`);--> statement-breakpoint
DROP TABLE temp.`audit_field_positions`;--> statement-breakpoint
-- 2. The id becomes the rowid: the log never leaves this office, so a UUID's 36 bytes and its index
--    bought nothing. Lines keep their order.
CREATE TABLE `__new_audit_log` (
	`id` integer PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`site_id` text NOT NULL,
	`operator_id` text,
	`operator_name` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`action` text NOT NULL,
	`changes` text NOT NULL,
	`hlc` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_audit_log` (`at`, `site_id`, `operator_id`, `operator_name`, `entity`, `entity_id`, `action`, `changes`, `hlc`)
  SELECT `at`, `site_id`, `operator_id`, `operator_name`, `entity`, `entity_id`, `action`, `changes`, `hlc` FROM `audit_log` ORDER BY rowid;--> statement-breakpoint
DROP TABLE `audit_log`;--> statement-breakpoint
ALTER TABLE `__new_audit_log` RENAME TO `audit_log`;--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity`,`entity_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_hlc_idx` ON `audit_log` (`hlc`);
