package org.vigie.site.web;

import org.vigie.site.Language;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Lets handler methods take the page's {@link Language} as a parameter.
 */
class LanguageArgumentResolver implements HandlerMethodArgumentResolver {

	private final PathLanguageResolver languages;

	LanguageArgumentResolver(PathLanguageResolver languages) {
		this.languages = languages;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Language.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		return this.languages.language(webRequest.getNativeRequest(HttpServletRequest.class));
	}

}
