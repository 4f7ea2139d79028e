-- Portable between H2 (PostgreSQL mode) and PostgreSQL.
create table conversations (
    id             varchar(64)              primary key,
    channel        varchar(32)              not null,
    created_at     timestamp with time zone not null,
    last_active_at timestamp with time zone not null
);

create table messages (
    id              varchar(64)              primary key,
    conversation_id varchar(64)              not null references conversations (id) on delete cascade,
    seq             bigint                   not null,
    author          varchar(8)               not null,
    text            varchar(20000)           not null,
    intent          varchar(32),
    grounded        boolean,
    roles           varchar(2000),
    topic           varchar(64),
    sources         varchar(20000),
    created_at      timestamp with time zone not null,
    constraint messages_conversation_seq unique (conversation_id, seq)
);

create table feedback (
    message_id      varchar(64)              primary key references messages (id) on delete cascade,
    conversation_id varchar(64)              not null,
    rating          varchar(8)               not null,
    comment         varchar(1000),
    channel         varchar(32)              not null,
    created_at      timestamp with time zone not null
);

create table telegram_updates (
    update_id   bigint                   primary key,
    received_at timestamp with time zone not null
);

create table telegram_chats (
    chat_id    bigint                   primary key,
    blocked    boolean                  not null,
    updated_at timestamp with time zone not null
);

create index conversations_last_active on conversations (last_active_at);
create index telegram_updates_received on telegram_updates (received_at);
