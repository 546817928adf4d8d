-- Issue 17: the audit log's changes in the compact form of services/audit/changes-codec.ts.
-- A change of a record becomes [[field, before, after], …]; a change with every «before» empty
-- (a create, most of the log) becomes {field: after, …}, and a create drops the blank texts and
-- empty lists every new record has. Rows already compact are left alone.
UPDATE audit_log SET changes = CASE
  WHEN json_array_length(audit_log.changes) > 0
    AND NOT EXISTS (SELECT 1 FROM json_each(audit_log.changes) WHERE value ->> '$.before' IS NOT NULL)
    AND (SELECT count(DISTINCT value ->> '$.field') FROM json_each(audit_log.changes)) = json_array_length(audit_log.changes)
  THEN (SELECT json_group_object(value ->> '$.field', value -> '$.after') FROM json_each(audit_log.changes)
        WHERE audit_log.action <> 'create' OR coalesce(value ->> '$.after', '') NOT IN ('', '[]', '{}'))
  ELSE (SELECT json_group_array(json_array(value ->> '$.field', value -> '$.before', value -> '$.after')) FROM json_each(audit_log.changes))
END
WHERE changes LIKE '[{%';
