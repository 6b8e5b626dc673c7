-- Document templates (modelli) that municipalities adapt; one source text (Markdown) per template.
create table doc_template (
    id              bigserial primary key,
    slug            text not null unique,
    title           text not null,
    category_slug   text not null,
    category_name   text not null,
    description     text not null,
    legal_basis     text,
    valid_from      date,
    valid_until     date,
    replaced_by     text references doc_template (slug),
    source_markdown text not null,
    body_html       text not null,
    position        integer not null,
    status          text not null default 'PUBLISHED' check (status in ('DRAFT', 'PUBLISHED')),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         bigint not null default 0
);
create index doc_template_category_idx on doc_template (category_slug, position);
