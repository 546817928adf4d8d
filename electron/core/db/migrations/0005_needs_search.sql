-- Full-text search over needs (role, tasks, skills, association, place), contentless like the others.
CREATE VIRTUAL TABLE `needs_fts` USING fts5(
  body,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);
