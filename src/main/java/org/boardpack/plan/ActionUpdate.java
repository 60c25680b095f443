package org.boardpack.plan;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * An action lead's return for one period. {@code reportedRag} is null when the lead gave
 * none; {@code rebaselined} says the board agreed the revised due date, so it is not
 * counted as slippage.
 *
 * @param returnFile the file the return came in, as {@code updates/2017-10/DCS.xlsx};
 * empty when not known
 * @param returnLead the lead whose return it was: the lead named on a return workbook's
 * cover, else the action's lead; empty when not known
 */
public record ActionUpdate(YearMonth period, String actionId, ActionStatus status, int percentComplete, Rag reportedRag,
		String commentary, LocalDate revisedDueDate, boolean rebaselined, String updatedBy, LocalDate updatedOn,
		String returnFile, String returnLead) {

	public ActionUpdate(YearMonth period, String actionId, ActionStatus status, int percentComplete, Rag reportedRag,
			String commentary, LocalDate revisedDueDate, boolean rebaselined, String updatedBy, LocalDate updatedOn) {
		this(period, actionId, status, percentComplete, reportedRag, commentary, revisedDueDate, rebaselined, updatedBy,
				updatedOn, "", "");
	}

	/** The same return, saying where it came from and whose it was. */
	public ActionUpdate returnedIn(String file, String lead) {
		return new ActionUpdate(this.period, this.actionId, this.status, this.percentComplete, this.reportedRag,
				this.commentary, this.revisedDueDate, this.rebaselined, this.updatedBy, this.updatedOn, file, lead);
	}

	/**
	 * The same return, saying who made it and when where the row itself does not.
	 */
	public ActionUpdate madeBy(String by, LocalDate on) {
		return new ActionUpdate(this.period, this.actionId, this.status, this.percentComplete, this.reportedRag,
				this.commentary, this.revisedDueDate, this.rebaselined, this.updatedBy.isEmpty() ? by : this.updatedBy,
				(this.updatedOn != null) ? this.updatedOn : on, this.returnFile, this.returnLead);
	}

	/**
	 * Whether two returns for the same action say the same thing: who typed it and when
	 * do not count.
	 */
	public boolean sameContent(ActionUpdate other) {
		return this.status == other.status && this.percentComplete == other.percentComplete
				&& this.reportedRag == other.reportedRag && this.commentary.equals(other.commentary)
				&& java.util.Objects.equals(this.revisedDueDate, other.revisedDueDate)
				&& this.rebaselined == other.rebaselined;
	}

}
