package org.boardpack.delivery;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.boardpack.job.MonthlyPackLauncher;
import org.boardpack.job.PackRequest;
import org.boardpack.programme.DeliverySettings;
import org.boardpack.programme.ProgrammeInput;
import org.boardpack.programme.ProgrammeReader;
import org.boardpack.pack.Templates;
import org.boardpack.system.BoardpackProperties;

import org.springframework.stereotype.Component;

/**
 * The export: the monthly pack of a programme and period, then its delivery through each
 * channel of the programme's {@code delivery:} settings, the folder drop first so the
 * e-mail can say where the full pack is. Safe to call again: a delivery that succeeded is
 * not repeated, one that failed is tried again.
 */
@Component
public class PackDelivery implements PackExport {

	private final MonthlyPackLauncher launcher;

	private final RetriedDelivery delivery;

	private final SmtpMailer mailer;

	private final BoardpackProperties properties;

	PackDelivery(MonthlyPackLauncher launcher, RetriedDelivery delivery, SmtpMailer mailer,
			BoardpackProperties properties) {
		this.launcher = launcher;
		this.delivery = delivery;
		this.mailer = mailer;
		this.properties = properties;
	}

	@Override
	public Exported export(Path programmeFolder, YearMonth period) throws Exception {
		return export(programmeFolder, ProgrammeReader.read(programmeFolder), period);
	}

	/**
	 * As {@link #export(Path, YearMonth)}, with the programme folder already read and
	 * checked.
	 */
	public Exported export(Path programmeFolder, ProgrammeInput input, YearMonth period) throws Exception {
		// Delivered under the programme's run lock, so that another run cannot replace
		// the pack half-way.
		return this.launcher.run(PackRequest.of(programmeFolder, input, period, false), input,
				(pack) -> deliver(programmeFolder, input.settings().delivery(), pack, period));
	}

	private Exported deliver(Path programmeFolder, DeliverySettings settings, Path pack, YearMonth period)
			throws IOException {
		PackContents contents = PackContents.read(pack);
		List<Delivered> deliveries = new ArrayList<>();
		Path folder = settings.folder(programmeFolder);
		String packAt = pack.toAbsolutePath().normalize().toString();
		if (folder != null) {
			FolderDrop drop = new FolderDrop(folder);
			Delivered dropped = this.delivery.deliver(drop, contents);
			deliveries.add(dropped);
			if (dropped.status() != Status.FAILED) {
				packAt = drop.target(contents);
			}
		}
		if (settings.email() != null) {
			Templates templates = Templates.of(this.properties.templatesDir(), programmeFolder);
			deliveries.add(this.delivery.deliver(new EmailDelivery(this.mailer, templates, settings.email(), packAt),
					contents));
		}
		return new Exported(contents.programme(), period, pack, deliveries);
	}

}
