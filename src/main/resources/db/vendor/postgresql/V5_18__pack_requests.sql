-- Runs of many on workers (PostgreSQL only): the queue of partition requests that workers take, one row per
-- request, in the shape Spring Integration's JDBC channel message store reads and writes, and each worker's
-- last sign of life with the partition it is making.
create sequence int_message_seq start with 1 increment by 1 no cycle;

create table int_channel_message (
    message_id char(36) not null,
    group_key char(36) not null,
    created_date bigint not null,
    message_priority bigint,
    message_sequence bigint not null default nextval('int_message_seq'),
    message_content bytea,
    region varchar(100) not null,
    constraint int_channel_message_pk primary key (region, group_key, created_date, message_sequence)
);

create index int_channel_msg_delete_idx on int_channel_message (region, group_key, message_id);

create table pack_worker (
    worker varchar(200) not null primary key,
    step_execution_id bigint,
    seen timestamp with time zone not null
);
