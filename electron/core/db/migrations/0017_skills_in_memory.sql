-- The skills in use are counted in memory from the profiles (services/candidates/skill-vocabulary.ts,
-- issue 17): the derived table and its two indexes were 61 MiB of a 572 MiB piemonte10 file.
DROP TABLE `candidate_skills`;
