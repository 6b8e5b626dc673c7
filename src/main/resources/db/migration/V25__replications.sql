-- «L'abbiamo replicata» (issue 13): a municipality proposes its own version of a practice of the catalogue; once
-- published, the new card points to the original, which shows «Replicata da N Comuni».
alter table proposal add column replicates_slug text;
alter table practice add column replicates_id bigint references practice (id) on delete set null;
create index practice_replicates_idx on practice (replicates_id) where replicates_id is not null;
