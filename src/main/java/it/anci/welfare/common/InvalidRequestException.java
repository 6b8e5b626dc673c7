package it.anci.welfare.common;

import org.springframework.context.MessageSourceResolvable;

/**
 * A request parameter that cannot be understood, shown on the 400 page: by key of
 * {@code i18n/*.properties} ({@link #of}), put into words in the reader's language, or as
 * a text already written (in Italian).
 */
public class InvalidRequestException extends RuntimeException implements MessageSourceResolvable {

	private final Message text;

	public InvalidRequestException(String message) {
		this(message, null, null);
	}

	private InvalidRequestException(String message, String[] codes, Object[] arguments) {
		super(message);
		this.text = null;
	}

	private InvalidRequestException(Message text) {
		super(text.toString());
		this.text = text;
	}

	public static InvalidRequestException of(String key, Object... args) {
		return new InvalidRequestException(Message.of(key, args));
	}

	@Override
	public String[] getCodes() {
		return this.text == null ? null : this.text.getCodes();
	}

	@Override
	public Object[] getArguments() {
		return this.text == null ? null : this.text.getArguments();
	}

	@Override
	public String getDefaultMessage() {
		return this.text == null ? getMessage() : null;
	}

}
