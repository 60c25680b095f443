-- One measure may belong to several priorities and keep the other codes the plan gives it (its appendix
-- number): priority_id now holds the priorities joined with ';' ("4;5"), and appendix_codes the codes, joined
-- the same way. Indicators stored before belong to one priority or none and have no appendix code.
-- Standard SQL only: it runs on H2 and PostgreSQL alike.
alter table indicator alter column priority_id set data type varchar(500);
alter table indicator add column appendix_codes varchar(500) default '' not null;
