package org.boardpack.delivery;

import java.util.List;
import java.util.Map;

import org.boardpack.input.Text;
import org.boardpack.programme.DeliverySettings;
import org.boardpack.rating.Dates;
import org.boardpack.pack.Templates;
import org.boardpack.rollup.ProgrammeRollup;
import org.boardpack.system.OutputFile;

import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * E-mails the pack's PDFs to the programme's recipients: one message per pack, its
 * subject naming the programme, the period and the overall RAG, its body worded by the
 * template {@code delivery/email.ftl}.
 */
record EmailDelivery(SmtpMailer mailer, Templates templates, DeliverySettings.Email recipients,
		String packAt) implements DeliveryChannel {

	static final String TEMPLATE = "delivery/email.ftl";

	private static final Map<String, String> WHAT = Map.of(OutputFile.BOARD_PAPER_PDF.fileName(), "the board paper",
			OutputFile.EXCEPTION_REPORT.fileName(), "what needs the board's attention, each item with its reason");

	@Override
	public String name() {
		return "email";
	}

	@Override
	public String target(PackContents pack) {
		return "to " + String.join(", ", this.recipients.to())
				+ (this.recipients.cc().isEmpty() ? "" : "; cc " + String.join(", ", this.recipients.cc()));
	}

	@Override
	public List<PackFile> files(PackContents pack) {
		return pack.pdfs();
	}

	@Override
	public void deliver(PackContents pack) throws Exception {
		Message message = message(pack);
		this.mailer.send((mime) -> {
			MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
			helper.setFrom(this.mailer.from());
			helper.setTo(this.recipients.to().toArray(String[]::new));
			helper.setCc(this.recipients.cc().toArray(String[]::new));
			helper.setSubject(message.subject());
			helper.setText(message.body());
			for (PackFile file : files(pack)) {
				helper.addAttachment(file.name(), new FileSystemResource(pack.folder().resolve(file.name())),
						"application/pdf");
			}
		});
	}

	/** The subject and body, from the template. */
	Message message(PackContents pack) {
		ProgrammeRollup programme = pack.rollup().programme();
		List<Map<String, String>> attachments = files(pack).stream()
			.map((file) -> Map.of("file", file.name(), "size", size(file.bytes()), "what",
					WHAT.getOrDefault(file.name(), "part of the pack")))
			.toList();
		String text;
		try {
			text = this.templates.process(TEMPLATE, Map.of("programme", programme, "rag", programme.rag().word(),
					"asAt", Dates.longDay(programme.asAt()), "attachments", attachments, "packAt", this.packAt));
		}
		catch (RuntimeException ex) {
			// A template that cannot be read or run fails the same way every time: not
			// worth another attempt.
			throw new DeliveryNotPossible(ex.getMessage());
		}
		String[] parts = text.strip().split("\\R", 2);
		if (!parts[0].startsWith("Subject:")) {
			throw new DeliveryNotPossible(TEMPLATE + " must begin with the line \"Subject: ...\"");
		}
		return new Message(parts[0].substring("Subject:".length()).strip(),
				(parts.length > 1) ? parts[1].strip() + "\n" : "");
	}

	private static String size(long bytes) {
		if (bytes >= 1_000_000) {
			return Text.format("%.1f MB", bytes / 1_000_000.0);
		}
		return Text.format("%d KB", Math.max(1, Math.round(bytes / 1000.0)));
	}

	/** An e-mail's subject and plain-text body. */
	record Message(String subject, String body) {
	}

}
