-- Members of the bodies that convene meetings (the Consulta, working groups), kept by staff to send convocations.
-- Personal data: only staff see them (see the privacy notice).
create table meeting_member (
    id          bigserial primary key,
    body_name   text not null,
    name        text not null,
    email       text not null check (email like '%_@_%'),
    affiliation text,
    active      boolean not null default true,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    version     bigint not null default 0
);
create unique index meeting_member_email_idx on meeting_member (body_name, lower(email));

-- A meeting can be cancelled (shown publicly as «Annullata»); ical_sequence is the SEQUENCE of its iCalendar
-- invitation, incremented by each update or cancellation sent to the members.
alter table meeting add column cancelled_at timestamptz;
alter table meeting add column ical_sequence integer not null default 0;

-- What was e-mailed to whom about a meeting. The unique indexes make each sending idempotent: one invitation
-- (convocation, update or cancellation) per meeting, address and SEQUENCE; one reminder and one copy of the minutes
-- per meeting and address, however many instances or clicks try.
create table meeting_mailing (
    id         bigserial primary key,
    meeting_id bigint not null references meeting (id) on delete cascade,
    email      text not null,
    name       text not null,
    kind       text not null check (kind in ('CONVOCAZIONE', 'AGGIORNAMENTO', 'ANNULLAMENTO', 'PROMEMORIA', 'VERBALE')),
    sequence   integer not null,
    sent_by    text not null,
    sent_at    timestamptz not null
);
create unique index meeting_mailing_invitation_idx on meeting_mailing (meeting_id, lower(email), sequence)
    where kind in ('CONVOCAZIONE', 'AGGIORNAMENTO', 'ANNULLAMENTO');
create unique index meeting_mailing_once_idx on meeting_mailing (meeting_id, lower(email), kind)
    where kind in ('PROMEMORIA', 'VERBALE');
create index meeting_mailing_meeting_idx on meeting_mailing (meeting_id, sent_at);
