package org.boardpack.delivery;

/** A file of a pack as delivered: its name, SHA-256 and size. */
record PackFile(String name, String sha256, long bytes) {

	/** As recorded with a delivery: {@code name sha256}. */
	String line() {
		return this.name + " " + this.sha256;
	}

}
