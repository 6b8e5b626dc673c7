-- Follow-ups of a card (issue 13, «Aggiornamenti»): what became of the practice after the emergency, dated, with its
-- source. Added by the editors, or proposed by the municipality that proposed the card through its private link and
-- then approved by the editors (approved_at null until then). The latest approved one is the card's current state.
create table practice_update (
    id           bigserial primary key,
    practice_id  bigint not null references practice (id) on delete cascade,
    day          date not null,
    state        text not null check (state in ('PROSEGUITA', 'ESTESA', 'SOSPESA', 'CONCLUSA', 'ASSORBITA')),
    note         text not null check (length(note) <= 2000),
    source_title text,
    source_url   text check (source_url is null or source_url ~ '^https?://'),
    -- who wrote it: a staff login, or "proponente" for the municipality
    author       text not null,
    created_at   timestamptz not null,
    approved_at  timestamptz
);
create index practice_update_practice_idx on practice_update (practice_id, day desc, id desc);
create index practice_update_pending_idx on practice_update (created_at) where approved_at is null;

-- a follow-up changes the card's page and its current state, which the catalogue filters on
create trigger practice_update_changed after insert or update or delete or truncate on practice_update
    for each statement execute function bump_catalogue_version();
create trigger practice_update_content_changed after insert or update or delete or truncate on practice_update
    for each statement execute function bump_content_version();
