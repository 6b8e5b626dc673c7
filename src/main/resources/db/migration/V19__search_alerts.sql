-- "Avvisami" (issue 14): e-mail subscriptions to a catalogue search, confirmed by a link (double opt-in), with a daily
-- or weekly digest of the new and updated cards. Only the address and the search are kept: no name, no IP address, no
-- browser data. An address is deleted together with its last subscription.
create table alert_recipient (
    id           bigserial primary key,
    email        text not null unique check (email like '%_@_%' and length(email) <= 254),
    -- the private link of the page that lists and cancels all the subscriptions of this address
    manage_token uuid not null unique,
    created_at   timestamptz not null
);

create table search_alert (
    id                bigserial primary key,
    recipient_id      bigint not null references alert_recipient (id) on delete cascade,
    -- the search as the query string of /pratiche without page and order, e.g. "regione=umbria&utenza=ELD"
    parameters        text not null check (length(parameters) <= 4000),
    frequency         text not null check (frequency in ('GIORNALIERA', 'SETTIMANALE')),
    -- one-time: cleared when the subscription is confirmed; valid until confirm_by (48 hours)
    confirm_token     uuid unique,
    confirm_by        timestamptz not null,
    confirmed_at      timestamptz,
    unsubscribe_token uuid not null unique,
    -- the end of the period the last digest covered (the confirmation time before the first digest)
    last_digest_at    timestamptz,
    created_at        timestamptz not null,
    check ((confirmed_at is null) = (last_digest_at is null))
);
create index search_alert_recipient_idx on search_alert (recipient_id, created_at);
create index search_alert_due_idx on search_alert (last_digest_at) where confirmed_at is not null;
