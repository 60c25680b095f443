package org.boardpack.delivery;

import java.util.List;

/**
 * One way a pack is delivered, such as a folder drop or an e-mail. Implementations are
 * used by one thread.
 */
interface DeliveryChannel {

	/** The channel's name as recorded and shown: {@code folder} or {@code email}. */
	String name();

	/**
	 * Where this pack goes through the channel, as recorded and shown: a folder, or the
	 * recipients.
	 */
	String target(PackContents pack);

	/** The files of the pack this channel delivers. */
	List<PackFile> files(PackContents pack);

	/**
	 * Whether the target already holds this exact pack, delivered before the store knew
	 * of it.
	 */
	default boolean holds(PackContents pack) {
		return false;
	}

	/** Delivers the pack once; throws when it did not arrive. */
	void deliver(PackContents pack) throws Exception;

}
