-- Italian full-text search that forgives accents: unaccent runs before the Italian stemmer, so "citta" finds
-- "città" and ts_headline can still highlight the original, accented words.
create text search configuration italian_unaccent (copy = italian);
alter text search configuration italian_unaccent
    alter mapping for hword, hword_part, word with unaccent, italian_stem;

-- Practice cards (schede pratica). Multi-valued taxonomy fields are arrays of stable codes with GIN indexes,
-- so that filters and facet counts stay on one table.
create table practice (
    id                 bigserial primary key,
    slug               text not null unique,
    title              text not null,
    provenance         text not null check (provenance in ('FONTE_PUBBLICA', 'ESEMPIO')),
    status             text not null default 'PUBLISHED' check (status in ('DRAFT', 'PUBLISHED')),
    provider_type      text not null check (provider_type in ('COMUNE', 'UNIONE_COMUNI', 'AMBITO', 'CITTA_METROPOLITANA', 'CONSORZIO')),
    provider_name      text not null,
    comune_code        text not null references comune (istat_code),
    -- denormalised from comune for the filters; a test keeps them consistent with ISTAT
    province_code      text not null references province (code),
    region_code        text not null references region (code),
    size_class         text not null,
    classification     text not null references classification (code),
    service_areas      text[] not null,
    target_groups      text[] not null,
    interventions      text[] not null default '{}',
    channels           text[] not null default '{}',
    channels_note      text,
    tools              text[] not null default '{}',
    tools_note         text,
    funding            text[] not null default '{}',
    description        text not null,
    partners           text not null,
    operators_count    integer check (operators_count >= 0),
    technologies       text not null,
    start_date         date not null,
    beneficiaries      integer check (beneficiaries >= 0),
    operators_feedback text not null,
    citizens_feedback  text not null,
    innovation         text not null,
    continuation       text not null check (continuation in ('SI', 'NO', 'IN_VALUTAZIONE')),
    continuation_note  text not null,
    contact_office     text,
    contact_email      text,
    contact_phone      text,
    contact_url        text,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    version            bigint not null default 0,
    search_vector      tsvector generated always as (
        setweight(to_tsvector('italian_unaccent', title), 'A') ||
        setweight(to_tsvector('italian_unaccent', provider_name || ' ' || description), 'B') ||
        setweight(to_tsvector('italian_unaccent', partners || ' ' || innovation || ' ' || technologies || ' '
            || coalesce(channels_note, '') || ' ' || coalesce(tools_note, '')), 'C') ||
        setweight(to_tsvector('italian_unaccent', operators_feedback || ' ' || citizens_feedback || ' '
            || continuation_note), 'D')
    ) stored
);

create index practice_search_idx on practice using gin (search_vector);
create index practice_service_areas_idx on practice using gin (service_areas);
create index practice_target_groups_idx on practice using gin (target_groups);
create index practice_interventions_idx on practice using gin (interventions);
create index practice_region_idx on practice (region_code);
create index practice_province_idx on practice (province_code);
create index practice_comune_idx on practice (comune_code);
create index practice_classification_idx on practice (classification);
create index practice_start_date_idx on practice (start_date desc);

create table practice_source (
    practice_id bigint not null references practice (id) on delete cascade,
    position    integer not null,
    title       text not null,
    url         text not null,
    primary key (practice_id, position)
);
