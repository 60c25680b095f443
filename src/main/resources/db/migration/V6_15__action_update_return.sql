-- Where each action's return came from, now that a month's returns may be several files (one per lead):
-- the file it was read from and the lead whose return it was. Returns stored before are from unknown files.
-- Standard SQL only: it runs on H2 and PostgreSQL alike.
alter table action_update add column return_file varchar(500) default '' not null;
alter table action_update add column return_lead varchar(200) default '' not null;
