-- Imports of survey exports (issue 13): an administrator uploads a CSV or XLSX file of a named source (e.g.
-- «Questionario ANCI 2021»), the portal checks every row as a card typed by staff (a dry run, nothing saved), then
-- writes all of them or none. The source remembers how its headers map to the portal's columns; an external id per
-- row makes a second import of the same source update its cards instead of duplicating them.
create table import_source (
    id             bigserial primary key,
    name           text not null check (length(btrim(name)) between 1 and 200),
    -- header of the file, normalised (lower case, no accents, words joined by _) -> portal column, '' = ignored
    column_mapping jsonb not null default '{}',
    created_at     timestamptz not null default now()
);
create unique index import_source_name_idx on import_source (lower(btrim(name)));

-- One upload and what became of it: checked in the background (progress in processed_rows, report of the errors
-- row by row), then imported in one transaction, or refused.
create table import_job (
    id             bigserial primary key,
    source_id      bigint not null references import_source (id),
    file_id        bigint not null references stored_file (id),
    filename       text not null,
    publish        boolean not null,
    status         text not null check (status in ('MAPPING', 'CHECKING', 'CHECKED', 'IMPORTING', 'IMPORTED',
                                                   'REFUSED', 'FAILED')),
    -- the headers the portal did not know, while the mapping step waits
    unknown_headers jsonb not null default '[]',
    total_rows     integer not null default 0,
    processed_rows integer not null default 0,
    error_count    integer not null default 0,
    -- the errors: [{"line": 3, "column": "comune", "code": "import.error.comune", "args": ["Perugiaa"]}, ...]
    report         jsonb not null default '[]',
    created_count  integer,
    updated_count  integer,
    created_by     text not null,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    finished_at    timestamptz
);
create index import_job_created_idx on import_job (created_at desc);

-- An imported card says where it comes from: «Importata da «Questionario ANCI 2021» il 1 dicembre 2026».
alter table practice drop constraint practice_provenance_check;
alter table practice add constraint practice_provenance_check
    check (provenance in ('FONTE_PUBBLICA', 'PROPOSTA', 'IMPORTATA'));
alter table practice add column import_source_id bigint references import_source (id);
alter table practice add column external_id text;
alter table practice add column imported_on date;
alter table practice add constraint practice_import_check
    check ((provenance = 'IMPORTATA') = (import_source_id is not null and imported_on is not null));
alter table practice add constraint practice_external_id_check check (external_id is null or import_source_id is not null);
create unique index practice_import_external_idx on practice (import_source_id, external_id)
    where external_id is not null;

-- The view of the published cards keeps every column of practice (V27).
create or replace view published_practice as select * from practice where status = 'PUBLISHED';
