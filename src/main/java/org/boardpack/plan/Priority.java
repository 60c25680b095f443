package org.boardpack.plan;

/**
 * A top-level theme of the improvement plan, with its lead officer (an abbreviation of
 * the programme's key).
 */
public record Priority(String id, String title, String lead, String summary) {
}
