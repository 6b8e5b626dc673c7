package it.anci.welfare.web;

import java.util.Map;

import it.anci.welfare.common.InvalidRequestException;
import it.anci.welfare.common.StaleEditException;
import it.anci.welfare.files.UploadRejectedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request we cannot understand gets an error page with a message saying what to
 * correct, in the interface's language.
 */
@ControllerAdvice
class ErrorAdvice {

	private final DataSize maxFileSize;

	private final MessageSource messages;

	ErrorAdvice(@Value("${spring.servlet.multipart.max-file-size}") DataSize maxFileSize, MessageSource messages) {
		this.maxFileSize = maxFileSize;
		this.messages = messages;
	}

	/**
	 * A save refused by optimistic locking: both versions side by side, nothing
	 * overwritten.
	 */
	@ExceptionHandler(StaleEditException.class)
	ModelAndView staleEdit(StaleEditException ex) {
		return new ModelAndView("admin/conflict", Map.of("conflict", ex), HttpStatus.CONFLICT);
	}

	@ExceptionHandler(InvalidRequestException.class)
	ModelAndView invalidRequest(InvalidRequestException ex) {
		// a key with its arguments in the interface's language, or the Italian text as
		// given
		return new ModelAndView("error/400",
				Map.of("message", this.messages.getMessage(ex, LocaleContextHolder.getLocale()), "status", 400),
				HttpStatus.BAD_REQUEST);
	}

	/**
	 * Forms handle refused files next to the field; this is the fallback for any other
	 * upload.
	 */
	@ExceptionHandler(UploadRejectedException.class)
	ModelAndView uploadRejected(UploadRejectedException ex) {
		return new ModelAndView("error/400", Map.of("message", ex.getMessage(), "status", 422),
				HttpStatus.UNPROCESSABLE_CONTENT);
	}

	/**
	 * Thrown before any controller runs, so the page links back to the form the file came
	 * from.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView uploadTooLarge(HttpServletRequest request) {
		return new ModelAndView("error/413", Map.of("maxSize", this.maxFileSize.toMegabytes() + " MB", "back",
				formOf(request.getRequestURI(), request.getContextPath())), HttpStatus.CONTENT_TOO_LARGE);
	}

	@ExceptionHandler(MultipartException.class)
	ModelAndView brokenUpload() {
		return new ModelAndView("error/400",
				Map.of("message",
						this.messages.getMessage("web.error.brokenUpload", null, LocaleContextHolder.getLocale()),
						"status", 400),
				HttpStatus.BAD_REQUEST);
	}

	/**
	 * The database went away while the request was being served (the outage filter sends
	 * the 503 page to the requests that come after): the same page, never a 500.
	 */
	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
			QueryTimeoutException.class, TransientDataAccessResourceException.class })
	ModelAndView databaseUnavailable(HttpServletRequest request, HttpServletResponse response) {
		UnavailablePage.prepare(response);
		return new ModelAndView(UnavailablePage.VIEW, UnavailablePage.model(request), HttpStatus.SERVICE_UNAVAILABLE);
	}

	/**
	 * Upload actions post to {@code <form page>/allegati}: the form is the path without
	 * that last segment.
	 */
	static String formOf(String uri, String contextPath) {
		String path = uri.startsWith("/admin/") ? uri.replaceFirst("/allegati(/.*)?$", "") : "/admin";
		return contextPath + path;
	}

}
