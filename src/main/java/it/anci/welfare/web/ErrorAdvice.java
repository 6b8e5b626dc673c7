package it.anci.welfare.web;

import java.util.Map;

import it.anci.welfare.common.InvalidRequestException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A request we cannot understand gets the 400 page with a message in Italian saying what to correct. */
@ControllerAdvice
class ErrorAdvice {

	@ExceptionHandler(InvalidRequestException.class)
	ModelAndView invalidRequest(InvalidRequestException ex) {
		return new ModelAndView("error/400", Map.of("message", ex.getMessage(), "status", 400), HttpStatus.BAD_REQUEST);
	}

}
