package org.vigie.learning.organisations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.vigie.learning.decks.Deck;
import org.vigie.learning.study.Progress;
import org.vigie.learning.study.Progress.DeckProgress;
import org.vigie.learning.study.Study;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Completion certificates: given only to a member who has mastered the deck now (every
 * card learnt and recalled at least as well as the deck's target), in the language of the
 * page they were asked from. Who may ask is checked by the caller.
 */
@Component
class CompletionCertificates {

	private final Progress progress;

	private final MessageSource messages;

	private final Study study;

	private final SiteProperties site;

	CompletionCertificates(Progress progress, MessageSource messages, Study study, SiteProperties site) {
		this.progress = progress;
		this.messages = messages;
		this.study = study;
		this.site = site;
	}

	/**
	 * The certificate of a member for a deck.
	 * @throws OrganisationRefused when the member has not mastered the deck
	 */
	byte[] of(Organisation organisation, Member member, Deck deck, Language language, Instant now) {
		DeckProgress standing = this.progress.of(member.learnerId(), deck, now, now);
		if (!standing.mastered()) {
			throw new OrganisationRefused("notMastered");
		}
		String date = LocalDate.ofInstant(now, this.study.zone())
			.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()));
		int target = (int) Math.round(deck.desiredRetention() * 100);
		return CertificatePdf
			.render(new CertificatePdf.Words(text("heading", language), text("intro", language), member.displayName(),
					text("organisation", language, organisation.name()), text("achievement", language),
					deck.text(language).title(), text("level", language, target, standing.recallPercent()),
					text("issued", language, date), text("footer", language, this.site.name())));
	}

	private String text(String key, Language language, Object... arguments) {
		return this.messages.getMessage("learning.organisations.certificate." + key, arguments, language.locale());
	}

}
