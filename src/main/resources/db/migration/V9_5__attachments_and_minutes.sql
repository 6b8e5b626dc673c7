-- Files that staff upload and attach to a meeting (convocation, minutes, other documents) or to a template. The
-- owner is named by type and id so that one table and one upload check serve every module.
create table attachment (
    id          bigserial primary key,
    owner_type  text not null check (owner_type in ('MEETING', 'TEMPLATE')),
    owner_id    bigint not null,
    kind        text not null check (kind in ('CONVOCAZIONE', 'VERBALE', 'DOCUMENTO')),
    title       text not null,
    file_id     bigint not null references stored_file (id),
    created_by  text not null,
    created_at  timestamptz not null default now()
);
create index attachment_owner_idx on attachment (owner_type, owner_id);

-- Minutes (verbale) written after a meeting, shown on its page.
alter table meeting add column minutes_markdown text not null default '';
alter table meeting add column minutes_html text not null default '';
