-- Portable between H2 (PostgreSQL mode) and PostgreSQL.
-- Every Telegram update taken, written before Telegram is told it arrived (the next poll's offset, or the webhook's
-- 200): the update itself, so that it is answered even if the process dies first, and whether it has been answered.
-- The unique update_id is what makes a redelivered update (or one sent to two instances) be answered once.
create table telegram_inbox (
    update_id   bigint                   primary key,
    chat_id     bigint                   not null,
    payload     varchar(1000000)         not null,
    received_at timestamp with time zone not null,
    claimed_by  varchar(64),
    claimed_at  timestamp with time zone,
    answered_at timestamp with time zone
);

-- The inbox replaces the list of update ids taken: those already taken count as answered.
insert into telegram_inbox (update_id, chat_id, payload, received_at, answered_at)
    select update_id, 0, '{}', received_at, received_at from telegram_updates;
drop table telegram_updates;

create index telegram_inbox_received on telegram_inbox (received_at);
create index telegram_inbox_open on telegram_inbox (answered_at, claimed_by);
