-- News (notizie, comunicati, avvisi) and meeting convocations. Bodies are stored as the staff's Markdown and as the
-- sanitized HTML shown to the public.
create table news (
    id            bigserial primary key,
    slug          text not null unique,
    type          text not null check (type in ('NOTIZIA', 'COMUNICATO', 'AVVISO')),
    title         text not null,
    summary       text not null,
    body_markdown text not null,
    body_html     text not null,
    topics        text[] not null default '{}',
    featured      boolean not null default false,
    status        text not null default 'PUBLISHED' check (status in ('DRAFT', 'PUBLISHED')),
    published_at  timestamptz not null,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    version       bigint not null default 0
);
create index news_published_idx on news (published_at desc);

create table news_link (
    news_id  bigint not null references news (id) on delete cascade,
    position integer not null,
    kind     text not null check (kind in ('CATALOGUE', 'MEETING', 'TEMPLATE_CATEGORY')),
    target   text,
    primary key (news_id, position)
);

create table meeting (
    id                   bigserial primary key,
    slug                 text not null unique,
    title                text not null,
    body_name            text,
    kind                 text not null check (kind in ('IN_PRESENZA', 'ONLINE', 'IBRIDA')),
    starts_at            timestamptz not null,
    ends_at              timestamptz not null check (ends_at > starts_at),
    end_estimated        boolean not null default false,
    venue                text,
    address              text,
    city                 text,
    online_url           text,
    description_markdown text not null default '',
    description_html     text not null default '',
    news_slug            text,
    status               text not null default 'PUBLISHED' check (status in ('DRAFT', 'PUBLISHED')),
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    version              bigint not null default 0
);
create index meeting_starts_idx on meeting (starts_at);

create table meeting_agenda_item (
    meeting_id bigint not null references meeting (id) on delete cascade,
    position   integer not null,
    text       text not null,
    primary key (meeting_id, position)
);

create table meeting_working_group (
    meeting_id bigint not null references meeting (id) on delete cascade,
    position   integer not null,
    name       text not null,
    note       text,
    primary key (meeting_id, position)
);
