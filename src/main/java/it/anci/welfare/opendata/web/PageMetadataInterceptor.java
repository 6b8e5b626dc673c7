package it.anci.welfare.opendata.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Adds {@code meta} (a {@link it.anci.welfare.opendata.PageMetadata}) to every public
 * page once its controller has filled the model, so the layout's {@code <head>} can
 * describe the page from what it shows: the controllers of the other modules stay as they
 * are. Back-office pages, redirects and error pages get none.
 */
@Configuration
class PageMetadataInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	private final PageDescriber describer;

	PageMetadataInterceptor(PageDescriber describer) {
		this.describer = describer;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns("/admin/**", "/error");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || modelAndView.getViewName() == null || response.getStatus() >= 400) {
			return;
		}
		String view = modelAndView.getViewName();
		if (view.startsWith("redirect:") || view.startsWith("forward:") || view.startsWith("error")) {
			return;
		}
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		modelAndView.addObject("meta", this.describer.describe(view, modelAndView.getModel(), base,
				request.getRequestURI().substring(request.getContextPath().length())));
	}

}
