package org.boardpack;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * For {@code @ExtendWith} on a test class or method that needs the real PostgreSQL
 * server: without one it fails under CI and is skipped elsewhere, saying so once
 * ({@link Requires}). Checked before the class is set up, so no Spring context is started
 * against a missing server.
 */
public final class RequiresPostgres implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Requires.postgres()) {
			return ConditionEvaluationResult.enabled("a PostgreSQL server is given");
		}
		try {
			Requires.missing("a PostgreSQL server", "the production-store tests (" + context.getDisplayName() + ")",
					Requires.POSTGRES_HOW);
		}
		catch (TestAbortedException ex) {
			return ConditionEvaluationResult.disabled(ex.getMessage());
		}
		throw new IllegalStateException("unreachable: Requires.missing either fails or skips");
	}

}
