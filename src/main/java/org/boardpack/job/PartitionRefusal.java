package org.boardpack.job;

import java.util.ArrayList;
import java.util.List;

import org.boardpack.input.InvalidInputException;
import org.boardpack.input.Problem;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Why a partition made no pack, when its programme's input was invalid or the programme
 * was busy, kept in the partition's execution context: a partition made by a worker
 * reaches the manager only through the job repository, which keeps no exceptions, and the
 * manager's exit status depends on the kind of failure.
 */
final class PartitionRefusal {

	private static final String INVALID = "invalidInput";

	private static final String BUSY = "busy";

	private PartitionRefusal() {
	}

	static void record(StepExecution partition) {
		for (Throwable failure : partition.getFailureExceptions()) {
			for (Throwable t = failure; t != null; t = t.getCause()) {
				if (t instanceof InvalidInputException invalid) {
					List<String> problems = new ArrayList<>();
					for (Problem problem : invalid.problems()) {
						problems.add(String.join("\t", problem.file(), Integer.toString(problem.row()),
								(problem.column() != null) ? problem.column() : "", problem.message()));
					}
					partition.getExecutionContext().put(INVALID, problems);
					return;
				}
				if (t instanceof PackBusyException busy) {
					partition.getExecutionContext().putString(BUSY, busy.getMessage());
					return;
				}
			}
		}
	}

	/** The refusal recorded in the partition's context, or null. */
	static Exception of(ExecutionContext context) {
		if (context.containsKey(INVALID)) {
			List<Problem> problems = new ArrayList<>();
			for (Object line : (List<?>) context.get(INVALID)) {
				String[] fields = ((String) line).split("\t", 4);
				problems.add(new Problem(fields[0], Integer.parseInt(fields[1]), fields[2].isEmpty() ? null : fields[2],
						fields[3]));
			}
			return new InvalidInputException(problems);
		}
		return context.containsKey(BUSY) ? new PackBusyException(context.getString(BUSY)) : null;
	}

}
