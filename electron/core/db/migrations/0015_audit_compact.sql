-- Issue 17: the audit log's changes in the compact form of services/audit/changes-codec.ts.
-- A create keeps the names of the fields it was given, not their values (the record holds them and
-- every later change its «before»), leaving out the blank texts and empty lists every new record
-- has. A change of a record becomes [[field, before, after], …]; one with every «before» empty
-- becomes {field: after, …}. Rows already compact are left alone.
UPDATE audit_log SET changes = CASE
  WHEN audit_log.action = 'create'
  THEN coalesce((SELECT json_group_array(value ->> '$.field') FROM json_each(audit_log.changes)
        WHERE coalesce(value ->> '$.after', '') NOT IN ('', '[]', '{}')), '[]')
  WHEN json_array_length(audit_log.changes) > 0
    AND NOT EXISTS (SELECT 1 FROM json_each(audit_log.changes) WHERE value ->> '$.before' IS NOT NULL)
    AND (SELECT count(DISTINCT value ->> '$.field') FROM json_each(audit_log.changes)) = json_array_length(audit_log.changes)
  THEN (SELECT json_group_object(value ->> '$.field', value -> '$.after') FROM json_each(audit_log.changes))
  ELSE (SELECT json_group_array(json_array(value ->> '$.field', value -> '$.before', value -> '$.after')) FROM json_each(audit_log.changes))
END
WHERE changes LIKE '[{%';
