-- Transactional outbox of e-mail: a message is written in the transaction of the change that causes it and sent
-- afterwards by a background worker, with retries and back-off, so that a mail server outage loses nothing. With no
-- SMTP server configured, messages stay here and staff read them at /admin/posta.
create table mail_message (
    id              bigserial primary key,
    recipient       text not null check (recipient like '%@%'),
    subject         text not null,
    body_text       text not null,
    body_html       text not null,
    headers         jsonb not null default '{}',
    status          text not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error      text,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz
);
create index mail_message_due_idx on mail_message (next_attempt_at) where status = 'PENDING';

create table mail_attachment (
    mail_id    bigint not null references mail_message (id) on delete cascade,
    position   integer not null,
    filename   text not null,
    media_type text not null,
    content    bytea not null,
    primary key (mail_id, position)
);
