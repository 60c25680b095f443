package org.boardpack.render.exceptions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.boardpack.pack.Pack;
import org.boardpack.rating.Dates;
import org.boardpack.render.HtmlPdf;
import org.boardpack.render.PackRenderer;
import org.boardpack.rollup.ProgrammeRollup;
import org.boardpack.system.OutputFile;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Writes {@code exception-report.pdf}: only what needs the board's attention, each item
 * with its reason, as the pack's exceptions list it, through the template
 * {@code exception-report.ftlh}. A paper that is not for publication carries its marking
 * at the top of every page.
 */
@Component
@Order(30)
public class ExceptionReportRenderer implements PackRenderer {

	static final String TEMPLATE = "exception-report.ftlh";

	@Override
	public List<OutputFile> files() {
		return List.of(OutputFile.EXCEPTION_REPORT);
	}

	@Override
	public void render(Pack pack, Path folder) throws IOException {
		if (!pack.includes(OutputFile.EXCEPTION_REPORT)) {
			return;
		}
		ProgrammeRollup programme = pack.rollup().programme();
		Map<String, Object> model = new HashMap<>(Map.of("report", pack.exceptions(), "programme", programme, "asAt",
				Dates.longDay(programme.asAt()), "palette", pack.palette().byCode()));
		model.put("returns", pack.returns());
		if (pack.marking() != null) {
			model.put("marking", pack.marking());
		}
		String xhtml = pack.templates().process(TEMPLATE, model);
		String title = "Exception report: " + programme.title() + ", " + programme.periodName();
		String subject = "Actions and indicators that need the attention of the "
				+ ((programme.board() != null) ? programme.board() : "board") + ", as at "
				+ Dates.longDay(programme.asAt());
		HtmlPdf.write(xhtml, pack.templates().find(TEMPLATE).toAbsolutePath().getParent(), new HtmlPdf.Info(title,
				(programme.authority() != null) ? programme.authority() : "", subject, "en-GB", programme.asAt()),
				folder.resolve(OutputFile.EXCEPTION_REPORT.fileName()));
	}

}
