-- The publication's taxonomy and the managed lists of the practice card. Codes are stable: URLs and exports use them.
create table classification (
    code     text primary key,
    name     text not null unique,
    position integer not null
);
insert into classification (code, name, position) values
    ('NUOVO', 'Servizio completamente nuovo', 1),
    ('RAFFORZATO', 'Servizio esistente, rafforzato o rimodulato', 2),
    ('MISTO', 'Servizio misto', 3);

create table service_area (
    code        text primary key,
    name        text not null,
    parent_code text references service_area (code),
    level       smallint not null check (level in (1, 2)),
    position    integer not null
);

create table target_group (
    code     text primary key,
    name     text not null unique,
    position integer not null
);

create table intervention_kind (
    code     text primary key,
    name     text not null unique,
    position integer not null
);

create table communication_mode (
    code     text primary key,
    kind     text not null check (kind in ('CANALE', 'STRUMENTO')),
    name     text not null unique,
    position integer not null
);

create table funding_source (
    code     text primary key,
    name     text not null unique,
    position integer not null
);
