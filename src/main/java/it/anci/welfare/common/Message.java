package it.anci.welfare.common;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;

/**
 * A text for a user, by key of {@code i18n/*.properties} and its arguments: made where
 * the reason is known (a service, an exception), put into words in the reader's language
 * where it is shown ({@code #messages.msgWithParams(m.key, m.args)} in a template, or a
 * {@code MessageSource} with the request's locale). An argument may be a Message itself.
 */
public record Message(String key, Object[] args) implements MessageSourceResolvable {

	public static Message of(String key, Object... args) {
		return new Message(key, args);
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.key };
	}

	@Override
	public Object[] getArguments() {
		return this.args;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Message that && this.key.equals(that.key) && Arrays.equals(this.args, that.args);
	}

	@Override
	public int hashCode() {
		return this.key.hashCode() * 31 + Arrays.hashCode(this.args);
	}

	@Override
	public String toString() {
		return this.key + Arrays.toString(this.args);
	}

}
