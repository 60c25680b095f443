package org.boardpack.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.boardpack.input.Checksums;

import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mails a lead their return workbook, through the same SMTP settings, retries and
 * delivery records as the pack: every request is recorded, and the same workbook is not
 * sent to the same lead twice.
 */
@Component
public class ReturnRequests {

	/** The channel as recorded in the delivery records and shown by {@code history}. */
	public static final String CHANNEL = "return-request";

	/**
	 * A reminder's channel: recorded apart from the request, so the same workbook may be
	 * sent once as each.
	 */
	public static final String REMINDER = "return-reminder";

	private final RetriedDelivery delivery;

	private final SmtpMailer mailer;

	private final DeliveryRecords records;

	ReturnRequests(RetriedDelivery delivery, SmtpMailer mailer, DeliveryRecords records) {
		this.delivery = delivery;
		this.mailer = mailer;
		this.records = records;
	}

	/**
	 * When a message of this channel for the programme's month last reached the address,
	 * whatever workbook it carried; null when none has. serve asks and reminds each lead
	 * once a month, though their workbook changes as their returns come in.
	 */
	public LocalDateTime sentAt(String channel, String programme, String period, String address) {
		return this.records.deliveredAt(programme, period, channel, target(address));
	}

	private static String target(String address) {
		return "to " + address;
	}

	/** One lead's request: to whom, and the message's words. */
	public record Request(String channel, String programme, String period, String address, Path workbook,
			String subject, String body) {
	}

	/** Sends the request and says how it ended, as the history shows it. */
	public String send(Request request) throws IOException {
		byte[] bytes = Files.readAllBytes(request.workbook());
		String sha = Checksums.sha256(bytes);
		PackFile file = new PackFile(request.workbook().getFileName().toString(), sha, bytes.length);
		PackContents pack = new PackContents(request.workbook().getParent(), request.programme(), request.period(), sha,
				List.of(file), null);
		return this.delivery.deliver(new Channel(this.mailer, request), pack).outcome();
	}

	/** The request as one delivery channel: the workbook attached to one message. */
	private record Channel(SmtpMailer mailer, Request request) implements DeliveryChannel {

		@Override
		public String name() {
			return this.request.channel();
		}

		@Override
		public String target(PackContents pack) {
			return ReturnRequests.target(this.request.address());
		}

		@Override
		public List<PackFile> files(PackContents pack) {
			return pack.files();
		}

		@Override
		public void deliver(PackContents pack) throws Exception {
			this.mailer.send((mime) -> {
				MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
				helper.setFrom(this.mailer.from());
				helper.setTo(this.request.address());
				helper.setSubject(this.request.subject());
				helper.setText(this.request.body());
				helper.addAttachment(pack.files().get(0).name(), new FileSystemResource(this.request.workbook()),
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			});
		}

	}

}
