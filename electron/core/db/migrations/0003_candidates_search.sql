-- Full-text search over candidates (name, codice fiscale, skills, comuni, notes), contentless
-- like associations_fts. The one-letter prefix index is there because operators start a search
-- with a single letter: without it FTS5 would walk every term beginning with that letter.
CREATE VIRTUAL TABLE `candidates_fts` USING fts5(
  body,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);
