package it.anci.welfare.files;

import it.anci.welfare.common.Message;

import org.springframework.context.MessageSourceResolvable;

/**
 * An uploaded file we do not keep; the message (a key of {@code i18n/files.properties}
 * with its arguments, put into words in the reader's language) tells the user what to do.
 */
public class UploadRejectedException extends RuntimeException implements MessageSourceResolvable {

	private final Message text;

	UploadRejectedException(String key, Object... args) {
		this(Message.of(key, args));
	}

	private UploadRejectedException(Message text) {
		super(text.toString());
		this.text = text;
	}

	@Override
	public String[] getCodes() {
		return this.text.getCodes();
	}

	@Override
	public Object[] getArguments() {
		return this.text.getArguments();
	}

	/** The reason, for a message that goes on with what to do next. */
	public Message text() {
		return this.text;
	}

}
