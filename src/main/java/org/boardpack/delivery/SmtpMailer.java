package org.boardpack.delivery;

import java.util.Locale;
import java.util.Properties;

import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessagePreparator;
import org.springframework.stereotype.Component;

/**
 * Sends messages through the installation's SMTP server, set from
 * {@code BOARDPACK_SMTP_*}. The password is handed to the mail session and nowhere else;
 * a missing server or sender is a setting to fix, not retried.
 */
@Component
class SmtpMailer {

	/** How long a silent server is waited for, so that a scheduled export never hangs. */
	private static final String TIMEOUT_MILLIS = "60000";

	private final DeliveryProperties.Smtp smtp;

	SmtpMailer(DeliveryProperties properties) {
		this.smtp = properties.smtp();
	}

	/** The sender's address, as messages are sent from it. */
	String from() {
		return this.smtp.from();
	}

	void send(MimeMessagePreparator message) throws Exception {
		JavaMailSenderImpl sender = sender();
		MimeMessage mime = sender.createMimeMessage();
		message.prepare(mime);
		sender.send(mime);
	}

	private JavaMailSenderImpl sender() {
		if (blank(this.smtp.host()) || blank(this.smtp.from())) {
			throw new DeliveryNotPossible("e-mail needs the SMTP server and the sender's address: set "
					+ "BOARDPACK_SMTP_HOST and BOARDPACK_SMTP_FROM (and BOARDPACK_SMTP_PORT, BOARDPACK_SMTP_USER if "
					+ "the server asks)");
		}
		String tls = blank(this.smtp.tls()) ? "starttls" : this.smtp.tls().strip().toLowerCase(Locale.ROOT);
		if (!tls.equals("starttls") && !tls.equals("ssl") && !tls.equals("none")) {
			throw new DeliveryNotPossible(
					"BOARDPACK_SMTP_TLS \"" + this.smtp.tls() + "\" is not one of: starttls, " + "ssl, none");
		}
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(this.smtp.host());
		sender.setPort((this.smtp.port() != null) ? this.smtp.port() : tls.equals("ssl") ? 465 : 587);
		sender.setDefaultEncoding("UTF-8");
		Properties session = sender.getJavaMailProperties();
		String protocol = tls.equals("ssl") ? "smtps" : "smtp";
		sender.setProtocol(protocol);
		if (!blank(this.smtp.user())) {
			sender.setUsername(this.smtp.user());
			sender.setPassword(this.smtp.password());
			session.setProperty("mail." + protocol + ".auth", "true");
		}
		session.setProperty("mail." + protocol + ".connectiontimeout", TIMEOUT_MILLIS);
		session.setProperty("mail." + protocol + ".timeout", TIMEOUT_MILLIS);
		session.setProperty("mail." + protocol + ".writetimeout", TIMEOUT_MILLIS);
		if (tls.equals("starttls")) {
			session.setProperty("mail.smtp.starttls.enable", "true");
			session.setProperty("mail.smtp.starttls.required", "true");
		}
		else if (tls.equals("ssl")) {
			session.setProperty("mail.smtps.ssl.checkserveridentity", "true");
		}
		return sender;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
