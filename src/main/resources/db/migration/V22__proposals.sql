-- Practices proposed by the municipalities (issue 13): a municipal officer fills in the card, confirms the e-mail
-- address by a link, the editors moderate. A proposal keeps the card's own columns (the same names as in practice,
-- so both are read and written through the same value types) beside who sent it and where it stands.
create table proposal (
    id                 bigserial primary key,
    state              text not null check (state in ('DA_CONFERMARE', 'DA_MODERARE', 'DA_RIVEDERE', 'PUBBLICATA',
                                                      'RESPINTA')),
    title              text not null,
    provider_type      text not null,
    provider_name      text not null,
    comune_code        text not null references comune (istat_code),
    classification     text not null references classification (code),
    service_areas      text[] not null,
    target_groups      text[] not null,
    interventions      text[] not null,
    channels           text[] not null,
    channels_note      text,
    tools              text[] not null,
    tools_note         text,
    funding            text[] not null,
    description        text not null,
    key_figures        text,
    partners           text not null,
    operators_count    integer check (operators_count >= 0),
    beneficiaries      integer check (beneficiaries >= 0),
    technologies       text not null,
    start_date         date not null,
    start_precision    text not null check (start_precision in ('DAY', 'MONTH', 'YEAR')),
    start_basis        text not null check (start_basis in ('AVVIO', 'FONTE')),
    operators_feedback text not null,
    citizens_feedback  text not null,
    innovation         text not null,
    continuation       text not null,
    continuation_note  text not null,
    contact_office     text,
    contact_email      text,
    contact_phone      text,
    contact_url        text,
    -- who sent it; shown to the editors only, and the office's contact on the card only when show_contact
    submitter_name     text not null,
    submitter_office   text not null,
    submitter_email    text not null check (submitter_email like '%_@_%' and length(submitter_email) <= 254),
    submitter_role     text not null,
    show_contact       boolean not null,
    consent_at         timestamptz not null,
    -- one-time: cleared when the address is confirmed; valid for 48 hours
    confirm_token      uuid unique,
    confirm_by         timestamptz,
    -- the submitter's private link to follow the proposal and, when asked, to edit it
    private_token      uuid not null unique,
    -- the editors' last message: what to change (DA_RIVEDERE) or why it was refused (RESPINTA)
    editor_message     text,
    practice_id        bigint references practice (id) on delete set null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    version            bigint not null default 0
);
create index proposal_state_idx on proposal (state, updated_at desc);

create table proposal_source (
    proposal_id bigint not null references proposal (id) on delete cascade,
    position    integer not null,
    title       text not null,
    kind        text not null,
    url         text not null,
    primary key (proposal_id, position)
);

-- What happened to a proposal, for the editors and for the submitter's page.
create table proposal_event (
    id          bigserial primary key,
    proposal_id bigint not null references proposal (id) on delete cascade,
    at          timestamptz not null,
    actor       text not null,
    state       text not null,
    message     text
);
create index proposal_event_proposal_idx on proposal_event (proposal_id, at);

-- A published proposal says so on its card: "Proposta dal Comune di …, verificata dalla redazione il …".
alter table practice drop constraint practice_provenance_check;
alter table practice add constraint practice_provenance_check check (provenance in ('FONTE_PUBBLICA', 'PROPOSTA'));
alter table practice add column proposed_by text;
alter table practice add column verified_on date;
alter table practice add constraint practice_proposal_check
    check ((provenance = 'PROPOSTA') = (proposed_by is not null and verified_on is not null));

-- the duplicate check of the moderation queue compares titles by trigrams
create index practice_title_trgm_idx on practice using gin (title gin_trgm_ops);
