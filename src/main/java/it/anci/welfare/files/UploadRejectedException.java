package it.anci.welfare.files;

/**
 * An uploaded file we do not keep; the message, in Italian, tells the user what to do.
 */
public class UploadRejectedException extends RuntimeException {

	public UploadRejectedException(String message) {
		super(message);
	}

}
