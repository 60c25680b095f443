package org.boardpack.render.exceptions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.boardpack.exceptions.ExceptionFinder;
import org.boardpack.exceptions.ExceptionReport;
import org.boardpack.programme.ExceptionRules;
import org.boardpack.programme.ProgrammeReader;
import org.boardpack.rating.Dates;
import org.boardpack.render.HtmlPdf;
import org.boardpack.render.PackRenderer;
import org.boardpack.render.Templates;
import org.boardpack.rollup.ProgrammeRollup;
import org.boardpack.rollup.Rollup;
import org.boardpack.system.BoardpackProperties;

import org.springframework.stereotype.Component;

/**
 * Writes {@code exception-report.pdf}: only what needs the board's attention, each item with its reason, by
 * the exception rules in the programme's {@code programme.yml}, through the template
 * {@code exception-report.ftlh}.
 */
@Component
public class ExceptionReportRenderer implements PackRenderer {

	static final String TEMPLATE = "exception-report.ftlh";

	private final BoardpackProperties properties;

	public ExceptionReportRenderer(BoardpackProperties properties) {
		this.properties = properties;
	}

	@Override
	public String fileName() {
		return "exception-report.pdf";
	}

	@Override
	public void render(Rollup rollup, Path programmeFolder, Path file) throws IOException {
		render(rollup, programmeFolder, file, null);
	}

	/**
	 * As {@link #render(Rollup, Path, Path)}, with a marking at the top of every page, such as "Part Two –
	 * Exempt: not for publication", when it goes with a paper that is not public; null for none.
	 */
	public void render(Rollup rollup, Path programmeFolder, Path file, String marking) throws IOException {
		ExceptionRules rules = ProgrammeReader.readSettings(programmeFolder).exceptions();
		ExceptionReport report = ExceptionFinder.find(rollup, rules);
		Templates templates = Templates.of(this.properties.templatesDir(), programmeFolder);
		ProgrammeRollup programme = rollup.programme();
		Map<String, Object> model = new HashMap<>(Map.of("report", report, "programme", programme, "asAt",
				Dates.longDay(programme.asAt()), "palette", templates.palette().byCode()));
		if (marking != null) {
			model.put("marking", marking);
		}
		String xhtml = templates.process(TEMPLATE, model);
		String title = "Exception report: " + programme.title() + ", " + programme.periodName();
		String subject = "Actions and indicators that need the attention of the "
				+ ((programme.board() != null) ? programme.board() : "board") + ", as at "
				+ Dates.longDay(programme.asAt());
		HtmlPdf.write(xhtml, templates.find(TEMPLATE).toAbsolutePath().getParent(),
				new HtmlPdf.Info(title, (programme.authority() != null) ? programme.authority() : "", subject, "en-GB",
						programme.asAt()),
				file);
	}

}
