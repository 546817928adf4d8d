-- Full-text search over associations. Contentless: the text lives in `associations`; the
-- service writes one folded document per record (name, codes, committee, places, people).
-- remove_diacritics 2 makes "Societa" match "Società"; prefix indexes keep typing fast.
CREATE VIRTUAL TABLE `associations_fts` USING fts5(
  body,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
