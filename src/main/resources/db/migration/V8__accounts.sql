-- Staff accounts, failed-login throttling, audit trail, and HTTP sessions shared by every portal instance.
create table app_user (
    id            bigserial primary key,
    username      text not null unique check (username = lower(username) and length(username) between 3 and 60),
    display_name  text not null,
    password_hash text not null,
    role          text not null check (role in ('ADMIN', 'EDITOR')),
    enabled       boolean not null default true,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    version       bigint not null default 0
);

-- One row per failed login: per account name (existing or not) and per client address.
create table login_failure (
    id          bigserial primary key,
    username    text not null,
    address     text not null,
    failed_at   timestamptz not null default now()
);
create index login_failure_username_idx on login_failure (username, failed_at);
create index login_failure_address_idx on login_failure (address, failed_at);

create table audit_event (
    id          bigserial primary key,
    occurred_at timestamptz not null default now(),
    actor       text not null,
    action      text not null,
    target_type text not null,
    target      text not null,
    details     text
);
create index audit_event_occurred_idx on audit_event (occurred_at desc);

-- Spring Session JDBC (schema-postgresql.sql of spring-session-jdbc 4.1)
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
