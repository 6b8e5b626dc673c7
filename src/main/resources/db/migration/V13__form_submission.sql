-- One-time tokens of the staff create forms (issue 11: five parallel identical POSTs of a new news item gave three
-- 500s). The first submission of a token claims it in the transaction that creates the item; a second one waits for
-- it on the primary key, then finds the item it created.
create table form_submission (
    token      uuid primary key,
    kind       text not null,
    item_id    bigint,
    created_at timestamptz not null default now()
);
