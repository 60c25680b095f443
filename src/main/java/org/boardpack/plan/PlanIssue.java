package org.boardpack.plan;

/**
 * A problem to fix inside a priority, often citing an inspection paragraph and
 * recommendation.
 */
public record PlanIssue(String id, String priorityId, String description, String reference) {
}
