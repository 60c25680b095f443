package org.boardpack.delivery;

/**
 * A delivery that cannot succeed until a setting is changed, so it is reported at once
 * rather than retried.
 */
class DeliveryNotPossible extends RuntimeException {

	DeliveryNotPossible(String message) {
		super(message);
	}

}
