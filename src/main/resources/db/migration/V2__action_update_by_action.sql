-- The roll-up reads each action's returns together, action by action, so that a plan of any size is rolled
-- up without holding every return at once: this index gives them in that order without a sort.
create index action_update_by_action on action_update (programme_id, action_id, period);
