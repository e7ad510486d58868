package org.vigie.fundraising.admin;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.vigie.fundraising.campaigns.CampaignRefused;
import org.vigie.site.Language;

/**
 * Why a form was refused, in the fundraiser's language: the rule's message with its
 * arguments, the field names and language codes the rules give put in the fundraiser's
 * words.
 */
@Component
class AdminProblems {

	private static final Set<String> FIELDS = Set.of("title", "summary", "story", "thanks");

	private final MessageSource messages;

	AdminProblems(MessageSource messages) {
		this.messages = messages;
	}

	String of(CampaignRefused refused, Locale locale) {
		return message(refused.code(), refused.arguments(), locale);
	}

	String of(AdminRefused refused, Locale locale) {
		return message(refused.code(), refused.arguments(), locale);
	}

	String message(String code, Object[] arguments, Locale locale) {
		Object[] shown = Arrays.stream(arguments).map((argument) -> word(argument, locale)).toArray();
		return this.messages.getMessage(code, shown, code, locale);
	}

	private Object word(Object argument, Locale locale) {
		if (argument instanceof String name && FIELDS.contains(name)) {
			return this.messages.getMessage("fundraising.admin.field." + name, null, locale);
		}
		if (argument instanceof String code && Language.fromCode(code).isPresent() && code.length() == 2) {
			return this.messages.getMessage("language." + code, null, locale);
		}
		return argument;
	}

}
