package org.boardpack.delivery;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.boardpack.input.Counted;
import org.boardpack.input.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.stereotype.Component;

/**
 * Delivers a pack through one channel unless the records say this exact pack already
 * arrived there; tries again with a doubling wait when it fails, and records the outcome
 * either way. Error texts have the SMTP password masked wherever a server echoed it.
 */
@Component
class RetriedDelivery {

	private static final Logger log = LoggerFactory.getLogger(RetriedDelivery.class);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final Duration LONGEST_WAIT = Duration.ofMinutes(10);

	private final DeliveryRecords records;

	private final DeliveryProperties properties;

	RetriedDelivery(DeliveryRecords records, DeliveryProperties properties) {
		this.records = records;
		this.properties = properties;
	}

	PackExport.Delivered deliver(DeliveryChannel channel, PackContents pack) {
		String target = channel.target(pack);
		LocalDateTime before = this.records.deliveredAt(pack, channel.name(), target);
		if (before != null) {
			return delivered(channel, target, PackExport.Status.ALREADY_DELIVERED,
					"already delivered at " + WHEN.format(before));
		}
		LocalDateTime started = now();
		LocalDateTime interrupted = this.records.interrupted(pack, channel.name(), target);
		if (channel.holds(pack)) {
			record(channel, pack, target, 0, started, null);
			return delivered(channel, target, PackExport.Status.ALREADY_DELIVERED, "already there; recorded now");
		}
		// Recorded before anything is sent, so that a process dying between sending and
		// recording leaves a trace:
		// the next export then sends again and says so. At most one duplicate, never a
		// delivery lost.
		long begun = this.records.begin(pack, channel.name(), target, channel.files(pack), started);
		String again = (interrupted == null) ? "" : "; sent again, as the delivery begun at " + WHEN.format(interrupted)
				+ " was cut short before it " + "was recorded: it may have arrived too";
		AtomicInteger attempts = new AtomicInteger();
		try {
			retry().execute(() -> {
				attempts.incrementAndGet();
				try {
					channel.deliver(pack);
				}
				catch (Exception ex) {
					log.warn("Delivery of {} {} by {} ({}): attempt {} of {} failed: {}", pack.programme(),
							pack.period(), channel.name(), target, attempts.get(), this.properties.attempts(),
							describe(ex));
					throw ex;
				}
				return null;
			});
		}
		catch (RetryException ex) {
			String error = describe((ex.getLastException() != null) ? ex.getLastException() : ex);
			end(begun, attempts.get(), started, error);
			return delivered(channel, target, PackExport.Status.FAILED,
					Text.format("failed after %d %s: %s", attempts.get(), plural(attempts.get()), error));
		}
		end(begun, attempts.get(), started, null);
		return delivered(channel, target, PackExport.Status.DELIVERED,
				Text.format("delivered (%d %s)%s", attempts.get(), plural(attempts.get()), again));
	}

	private RetryTemplate retry() {
		Duration first = this.properties.firstDelay();
		RetryPolicy policy = RetryPolicy.builder()
			.maxRetries(this.properties.attempts() - 1)
			.delay(first)
			.multiplier(2)
			.maxDelay(first.compareTo(LONGEST_WAIT) > 0 ? first : LONGEST_WAIT)
			// A refused login is a setting to fix, and trying it again may lock the
			// account.
			.predicate((failure) -> !(failure instanceof DeliveryNotPossible)
					&& !(failure instanceof MailAuthenticationException))
			.build();
		return new RetryTemplate(policy);
	}

	private void record(DeliveryChannel channel, PackContents pack, String target, int attempts, LocalDateTime started,
			String error) {
		this.records.add(pack, channel.name(), target, channel.files(pack), outcome(attempts, started, error));
	}

	private void end(long begun, int attempts, LocalDateTime started, String error) {
		this.records.end(begun, outcome(attempts, started, error));
	}

	private static DeliveryRecords.Attempts outcome(int attempts, LocalDateTime started, String error) {
		return new DeliveryRecords.Attempts(attempts,
				(error == null) ? DeliveryRecords.DELIVERED : DeliveryRecords.FAILED, error, started, now());
	}

	/**
	 * The failure in words: the first line of each message along its causes, without
	 * repeats or class names, with the password masked in case a server echoed it.
	 */
	private String describe(Throwable failure) {
		List<String> parts = new ArrayList<>();
		for (Throwable cause = failure; cause != null; cause = next(cause)) {
			String message = ((cause.getMessage() != null) ? cause.getMessage().lines().findFirst().orElse("") : "")
				.replaceFirst("\\. Failed messages: .*", "")
				.replaceFirst(";\\s*$", "")
				.strip();
			if (!message.isEmpty() && parts.stream().noneMatch((part) -> part.contains(message))) {
				parts.add(message);
			}
		}
		String described = parts.isEmpty() ? failure.getClass().getSimpleName() : String.join(": ", parts);
		DeliveryProperties.Smtp smtp = this.properties.smtp();
		if (smtp.hasPassword()) {
			described = described.replace(smtp.password(), "********");
		}
		return (described.length() > 2000) ? described.substring(0, 2000) + "..." : described;
	}

	/**
	 * The cause of a failure; for a message the mail server refused, why it refused it.
	 */
	private static Throwable next(Throwable failure) {
		if (failure.getCause() != null && failure.getCause() != failure) {
			return failure.getCause();
		}
		if (failure instanceof MailSendException send && send.getMessageExceptions().length > 0
				&& send.getMessageExceptions()[0] != failure) {
			return send.getMessageExceptions()[0];
		}
		return null;
	}

	private static PackExport.Delivered delivered(DeliveryChannel channel, String target, PackExport.Status status,
			String outcome) {
		return new PackExport.Delivered(channel.name(), target, status, outcome);
	}

	private static String plural(int attempts) {
		return Counted.noun(attempts, "attempt");
	}

	private static LocalDateTime now() {
		return LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
	}

}
