package org.boardpack.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How packs are delivered on this installation: how often a failed delivery is tried and
 * the SMTP server the e-mail goes through. Set from the environment
 * ({@code BOARDPACK_SMTP_*}); the password also from the secrets folder. None of it comes
 * from a programme's {@code programme.yml}.
 *
 * @param attempts how many times a delivery is tried before it is recorded as failed
 * @param firstDelay the wait before the second attempt; each later wait is twice the one
 * before
 */
@ConfigurationProperties("boardpack.delivery")
public record DeliveryProperties(int attempts, Duration firstDelay, Smtp smtp) {

	public DeliveryProperties {
		attempts = Math.max(attempts, 1);
		firstDelay = (firstDelay != null) ? firstDelay : Duration.ofSeconds(30);
		smtp = (smtp != null) ? smtp : new Smtp(null, null, null, null, null, null);
	}

	/**
	 * The SMTP server.
	 *
	 * @param tls {@code starttls} (the default: the connection is upgraded, or the
	 * message is not sent), {@code ssl} (TLS from the start, usually port 465) or
	 * {@code none}
	 */
	public record Smtp(String host, Integer port, String user, String password, String from, String tls) {

		public Smtp {
			password = (password != null) ? password.strip() : null;
		}

		boolean hasPassword() {
			return this.password != null && !this.password.isEmpty();
		}

		/**
		 * Leaves the password out, so that it cannot reach a log by way of this record.
		 */
		@Override
		public String toString() {
			return "Smtp[host=" + this.host + ", port=" + this.port + ", user=" + this.user + ", password="
					+ (hasPassword() ? "(set)" : "(none)") + ", from=" + this.from + ", tls=" + this.tls + "]";
		}

	}

}
