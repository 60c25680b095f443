-- The report numbers given to committee papers: one per committee meeting, kept so that a paper made again
-- for the same meeting keeps its number, and a new meeting takes the next of its committee's sequence.
-- sequence_year is the year the sequence belongs to when the number pattern names one, else 0.
create table committee_report (
    programme_id     varchar(100)  not null references programme (programme_id),
    committee_id     varchar(100)  not null,
    meeting_date     date          not null,
    sequence_year    integer       not null,
    sequence_number  integer       not null,
    report_number    varchar(200)  not null,
    period           char(7)       not null,
    primary key (programme_id, committee_id, meeting_date),
    unique (programme_id, committee_id, sequence_year, sequence_number)
);
