package org.boardpack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * What the e-mail tests share: a free port for the test SMTP server, and a received
 * message's attachments.
 */
public final class TestMail {

	private TestMail() {
	}

	/** A port nothing listens on at the moment. */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Each attachment's bytes by its file name, in the message's order. */
	public static Map<String, byte[]> attachments(MimeMessage message) throws Exception {
		Map<String, byte[]> attachments = new LinkedHashMap<>();
		Multipart parts = (Multipart) message.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			Part part = parts.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				attachments.put(part.getFileName(), part.getInputStream().readAllBytes());
			}
		}
		return attachments;
	}

	/** The message's subject, for assertions over streams of messages. */
	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The message's first "To" address. */
	public static String recipient(MimeMessage message) {
		try {
			return message.getRecipients(Message.RecipientType.TO)[0].toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
