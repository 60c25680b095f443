package org.boardpack.programme;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a programme's pack is delivered, under {@code delivery:} in
 * {@code programme.yml}: a folder it is dropped into and the people it is e-mailed to.
 * Recipients only: the SMTP server and its password are set for the installation, never
 * here.
 *
 * @param folder the folder the pack is dropped into as
 * {@code <folder>/<programme>/<period>/}; a relative path is taken from the programme
 * folder; null for no folder drop
 * @param email the recipients of the e-mail; null for no e-mail
 */
public record DeliverySettings(String folder, Email email) {

	public static final DeliverySettings NONE = new DeliverySettings(null, null);

	/**
	 * The folder to drop packs into, a relative one taken from the programme folder; null
	 * when none is set.
	 */
	public Path folder(Path programmeFolder) {
		return (this.folder == null) ? null : programmeFolder.resolve(this.folder).toAbsolutePath().normalize();
	}

	/** The e-mail's recipients: {@code to} and, copied in, {@code cc}. */
	public record Email(List<String> to, List<String> cc) {

		public Email {
			to = (to != null) ? List.copyOf(to) : List.of();
			cc = (cc != null) ? List.copyOf(cc) : List.of();
		}

	}

}
