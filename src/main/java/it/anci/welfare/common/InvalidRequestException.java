package it.anci.welfare.common;

import org.springframework.context.MessageSourceResolvable;

/**
 * A request parameter that cannot be understood; the message is shown on the 400 page: in
 * Italian as given, or ({@link #of}) a key of i18n/*.properties with its arguments, in
 * the interface's language.
 */
public class InvalidRequestException extends RuntimeException implements MessageSourceResolvable {

	private final String[] codes;

	private final Object[] arguments;

	public InvalidRequestException(String message) {
		this(message, null, null);
	}

	private InvalidRequestException(String message, String[] codes, Object[] arguments) {
		super(message);
		this.codes = codes;
		this.arguments = arguments;
	}

	/** A message of i18n/*.properties, with its arguments. */
	public static InvalidRequestException of(String messageKey, Object... arguments) {
		return new InvalidRequestException(messageKey, new String[] { messageKey }, arguments);
	}

	@Override
	public String[] getCodes() {
		return this.codes;
	}

	@Override
	public Object[] getArguments() {
		return this.arguments;
	}

	@Override
	public String getDefaultMessage() {
		return this.codes == null ? getMessage() : null;
	}

}
