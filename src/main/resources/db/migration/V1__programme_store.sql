-- The store of programmes: plan and indicator definitions as last ingested, and every period's
-- update returns and indicator values, so that later runs can show trends and changes.
-- Standard SQL only: it runs on H2 and PostgreSQL alike.

create table programme (
    programme_id   varchar(100)   not null primary key,
    title          varchar(1000)  not null,
    settings_json  varchar(100000) not null
);

create table input_file (
    programme_id   varchar(100)   not null references programme (programme_id),
    path           varchar(500)   not null,
    sha256         char(64)       not null,
    primary key (programme_id, path)
);

create table priority (
    programme_id   varchar(100)   not null references programme (programme_id),
    priority_id    varchar(50)    not null,
    seq            integer        not null,
    title          varchar(1000)  not null,
    lead           varchar(200)   not null,
    summary        varchar(4000)  not null,
    primary key (programme_id, priority_id)
);

create table plan_issue (
    programme_id   varchar(100)   not null references programme (programme_id),
    issue_id       varchar(50)    not null,
    seq            integer        not null,
    priority_id    varchar(50)    not null,
    description    varchar(10000) not null,
    reference      varchar(1000)  not null,
    primary key (programme_id, issue_id)
);

create table plan_action (
    programme_id   varchar(100)   not null references programme (programme_id),
    action_id      varchar(50)    not null,
    seq            integer        not null,
    priority_id    varchar(50)    not null,
    issue_id       varchar(50),
    description    varchar(20000) not null,
    lead           varchar(200)   not null,
    agencies       varchar(2000)  not null,
    timescale      varchar(200)   not null,
    start_date     date,
    due_date       date,
    primary key (programme_id, action_id)
);

-- No foreign key to plan_action: a past period's return stays in the store when the plan drops an action.
create table action_update (
    programme_id     varchar(100)   not null references programme (programme_id),
    period           char(7)        not null,
    action_id        varchar(50)    not null,
    status           varchar(20)    not null,
    percent_complete integer        not null,
    rag              varchar(10),
    commentary       varchar(20000) not null,
    revised_due_date date,
    rebaselined      boolean        not null,
    updated_by       varchar(200)   not null,
    updated_on       date,
    primary key (programme_id, period, action_id)
);

create table indicator (
    programme_id   varchar(100)   not null references programme (programme_id),
    indicator_id   varchar(50)    not null,
    seq            integer        not null,
    priority_id    varchar(50),
    title          varchar(2000)  not null,
    unit           varchar(20)    not null,
    polarity       varchar(20)    not null,
    accumulation   varchar(20)    not null,
    source         varchar(500)   not null,
    is_key         boolean        not null,
    tolerance      double precision,
    primary key (programme_id, indicator_id)
);

create table indicator_target (
    programme_id   varchar(100)   not null references programme (programme_id),
    indicator_id   varchar(50)    not null,
    fin_year       char(7)        not null,
    target_low     double precision not null,
    target_high    double precision not null,
    primary key (programme_id, indicator_id, fin_year)
);

create table indicator_benchmark (
    programme_id   varchar(100)   not null references programme (programme_id),
    indicator_id   varchar(50)    not null,
    seq            integer        not null,
    comparator     varchar(100)   not null,
    fin_year       char(7)        not null,
    bench_value    double precision not null,
    primary key (programme_id, indicator_id, seq)
);

create table indicator_baseline (
    programme_id   varchar(100)   not null references programme (programme_id),
    indicator_id   varchar(50)    not null,
    seq            integer        not null,
    fin_year       char(7)        not null,
    base_value     double precision not null,
    note           varchar(1000)  not null,
    primary key (programme_id, indicator_id, seq)
);

create table indicator_value (
    programme_id   varchar(100)   not null references programme (programme_id),
    indicator_id   varchar(50)    not null,
    period         char(7)        not null,
    figure         double precision not null,
    numerator      double precision,
    denominator    double precision,
    note           varchar(2000)  not null,
    primary key (programme_id, indicator_id, period)
);
