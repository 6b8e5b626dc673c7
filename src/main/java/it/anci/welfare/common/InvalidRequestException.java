package it.anci.welfare.common;

/**
 * A request parameter that cannot be understood; the message is in Italian and is shown
 * on the 400 page.
 */
public class InvalidRequestException extends RuntimeException {

	public InvalidRequestException(String message) {
		super(message);
	}

}
