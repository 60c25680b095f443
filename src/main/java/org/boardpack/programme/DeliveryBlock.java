package org.boardpack.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the {@code delivery:} block of {@code programme.yml}: a folder, and the e-mail's
 * recipients with each address checked. SMTP server settings written here are refused
 * with where they belong.
 */
final class DeliveryBlock {

	/**
	 * The SMTP server's settings, which belong to the installation rather than a
	 * programme.
	 */
	private static final Set<String> SMTP_SERVER = Set.of("host", "port", "user", "username", "from", "tls", "server",
			"smtp");

	private final SettingsReader reader;

	DeliveryBlock(SettingsReader reader) {
		this.reader = reader;
	}

	DeliverySettings read(JsonNode node) {
		Map<String, Object> values = this.reader.values(without(node, "delivery.", "email"), DeliverySettings.class,
				"delivery.");
		if (node.has("folder") && (values.get("folder") == null || values.get("folder").toString().isBlank())) {
			this.reader.problem("delivery.folder",
					"delivery.folder: give the folder the pack is dropped into, or leave the " + "line out");
		}
		JsonNode email = node.get("email");
		if (email != null && email.isObject()) {
			this.reader.values(without(email, "delivery.email.", "to", "cc"), DeliverySettings.Email.class,
					"delivery.email.");
			List<String> to = addresses(email.get("to"), "to");
			if (to.isEmpty()) {
				this.reader.problem("delivery.email", "delivery.email: give at least one address under \"to\"");
			}
			values.put("email", new DeliverySettings.Email(to, addresses(email.get("cc"), "cc")));
		}
		else if (email != null && !email.isNull()) {
			this.reader.problem("delivery.email",
					"delivery.email must list the recipients, such as \"to: [board@example.gov.uk]\"");
		}
		return SettingsReader.construct(DeliverySettings.class, values);
	}

	/**
	 * The block without the named settings, read on their own, nor any SMTP server
	 * setting, which is refused.
	 */
	private ObjectNode without(JsonNode node, String prefix, String... names) {
		ObjectNode rest = (ObjectNode) node.deepCopy();
		rest.remove(List.of(names));
		for (String name : node.propertyNames()) {
			if (SMTP_SERVER.contains(name)) {
				this.reader
					.problem(prefix + name, "%s: the SMTP server is set for the installation, not per programme: "
							+ "BOARDPACK_SMTP_HOST, BOARDPACK_SMTP_PORT, BOARDPACK_SMTP_USER, BOARDPACK_SMTP_FROM and "
							+ "BOARDPACK_SMTP_TLS; programme.yml names the recipients only", prefix + name);
				rest.remove(name);
			}
		}
		return rest;
	}

	/**
	 * E-mail addresses written as a list, or one on its own; each must be a whole
	 * address.
	 */
	private List<String> addresses(JsonNode node, String key) {
		List<String> addresses = new ArrayList<>();
		if (node == null || node.isNull()) {
			return addresses;
		}
		for (JsonNode address : node.isArray() ? node.values() : List.of(node)) {
			String text = address.asString(address.toString()).strip();
			try {
				new InternetAddress(text, true).validate();
				if (!text.contains("@")) {
					throw new AddressException("no domain");
				}
				addresses.add(text);
			}
			catch (AddressException ex) {
				this.reader.problem("delivery.email." + key, "delivery.email.%s: \"%s\" is not an e-mail address", key,
						text);
			}
		}
		return addresses;
	}

}
