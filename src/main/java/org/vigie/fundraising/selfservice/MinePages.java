package org.vigie.fundraising.selfservice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.vigie.fundraising.Money;
import org.vigie.fundraising.donors.Donor;
import org.vigie.fundraising.donors.Donors;
import org.vigie.fundraising.gifts.FundraisingProperties;
import org.vigie.fundraising.gifts.Gifts;
import org.vigie.fundraising.gifts.Monthlies;
import org.vigie.fundraising.gifts.Monthly;
import org.vigie.fundraising.web.SupportFormTokens;
import org.vigie.fundraising.web.SupportPaths;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.SiteProperties;

/**
 * What the self-service pages show: the form asking for a link, the page that follows
 * one, and the donor's own page with a fresh token for each of its forms.
 */
@Component
class MinePages {

	static final String ASK = "fundraising/selfservice/ask";

	static final String LINK = "fundraising/selfservice/link";

	static final String DONOR = "fundraising/selfservice/donor";

	/** The actions of the donor's page, each with its own form token. */
	static final List<String> ACTIONS = List.of("amount", "stop", "number", "withdraw", "erase");

	/** The notices a page may show after a form, by the word in its address. */
	static final Set<String> NOTICES = Set.of("sent", "changed", "stopped", "number", "withdrawn", "erased", "left");

	private static final String STYLESHEET = "/css/fundraising-selfservice.css";

	private final Donors donors;

	private final Gifts gifts;

	private final Monthlies monthlies;

	private final DonorCertificates certificates;

	private final CampaignTitles titles;

	private final SupportFormTokens tokens;

	private final FundraisingProperties properties;

	private final MessageSource messages;

	private final SiteProperties site;

	private final Clock clock;

	MinePages(Donors donors, Gifts gifts, Monthlies monthlies, DonorCertificates certificates, CampaignTitles titles,
			SupportFormTokens tokens, FundraisingProperties properties, MessageSource messages, SiteProperties site,
			Clock clock) {
		this.donors = donors;
		this.gifts = gifts;
		this.monthlies = monthlies;
		this.certificates = certificates;
		this.titles = titles;
		this.tokens = tokens;
		this.properties = properties;
		this.messages = messages;
		this.site = site;
		this.clock = clock;
	}

	/** The form asking for a link. */
	String ask(Model model, Language language, String problem, String notice) {
		meta(model, language, problem, notice);
		model.addAttribute("token", this.tokens.issue(askScope(), this.clock.instant()));
		return ASK;
	}

	/** The page that asks to follow an emailed link. */
	String link(Model model, Language language, String link) {
		meta(model, language, null, null);
		model.addAttribute("link", link);
		model.addAttribute("token", this.tokens.issue(openScope(), this.clock.instant()));
		return LINK;
	}

	/** The donor's page. */
	String donor(Model model, Language language, Donor donor, String problem, String notice) {
		meta(model, language, problem, notice);
		Instant now = this.clock.instant();
		Map<String, String> forms = new LinkedHashMap<>();
		ACTIONS.forEach((action) -> forms.put(action, this.tokens.issue(scope(action, donor.id()), now)));
		model.addAttribute("tokens", forms);
		model.addAttribute("donor", donor);
		model.addAttribute("gifts",
				this.gifts.ofDonor(donor.id())
					.stream()
					.map((gift) -> new MineViews.GiftRow(day(gift.settledOn(), gift.createdAt(), language),
							this.titles.of(gift.campaignId(), language), Money.format(gift.amountCents(), language),
							gift.method(), gift.status(), gift.monthly()))
					.toList());
		model.addAttribute("monthlies", this.monthlies.ofDonor(donor.id())
			.stream()
			.map((monthly) -> new MineViews.MonthlyRow(monthly.id(), this.titles.of(monthly.campaignId(), language),
					Money.format(monthly.amountCents(), language), Money.plain(monthly.amountCents()), monthly.method(),
					monthly.status(), SelfServiceActions.STANDING_ORDER.equals(monthly.provider()),
					monthly.status() != Monthly.Status.STOPPED))
			.toList());
		String base = SupportPaths.mine(language);
		model.addAttribute("certificates",
				this.certificates.of(donor.id())
					.stream()
					.map((issued) -> new MineViews.CertificateRow(issued.year(), issued.number(), issued.kind(),
							Money.format(issued.amountCents(), language), base + "/certificates/" + issued.id()))
					.toList());
		model.addAttribute("maskedNumber", donor.hasNationalNumber() ? masked(donor.id()) : null);
		model.addAttribute("until", DateTimeFormatter.ofPattern("HH:mm")
			.format(now.plus(DonorCookie.LIFETIME).atZone(this.site.timeZone())));
		return DONOR;
	}

	static String askScope() {
		return "mine-ask";
	}

	static String openScope() {
		return "mine-open";
	}

	static String scope(String action, UUID donorId) {
		return "mine|" + action + "|" + donorId;
	}

	/**
	 * Only the check digits show, enough to recognise one's number; the reading is
	 * audited.
	 */
	private String masked(UUID donorId) {
		return this.donors.nationalNumber(donorId, SelfServiceActions.ACTOR, "shown masked to the donor")
			.map((number) -> "••.••.••-•••." + number.digits().substring(9))
			.orElse(null);
	}

	private String day(LocalDate settled, Instant created, Language language) {
		LocalDate day = (settled != null) ? settled : LocalDate.ofInstant(created, this.site.timeZone());
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale()).format(day);
	}

	private void meta(Model model, Language language, String problem, String notice) {
		String base = SupportPaths.mine(language);
		Map<Language, String> translations = new EnumMap<>(Language.class);
		Language.all().forEach((other) -> translations.put(other, SupportPaths.mine(other)));
		model.addAttribute("meta",
				PageMeta
					.of(language, text("fundraising.selfservice.title", language),
							text("fundraising.selfservice.description", language), base)
					.withTranslations(translations)
					.withBreadcrumbs(List.of(new PageMeta.Crumb(text("fundraising.selfservice.support", language),
							SupportPaths.base(language)))));
		model.addAttribute("stylesheet", STYLESHEET);
		model.addAttribute("action", base);
		model.addAttribute("basePath", SupportPaths.base(language));
		model.addAttribute("minimum", Money.whole(this.properties.minimumCents(), language));
		model.addAttribute("maximum", Money.whole(this.properties.maximumCents(), language));
		model.addAttribute("problem",
				(problem != null) ? this.messages.getMessage(problem,
						new Object[] { model.getAttribute("minimum"), model.getAttribute("maximum") },
						language.locale()) : null);
		model.addAttribute("notice", (notice != null && NOTICES.contains(notice))
				? text("fundraising.selfservice.done." + notice, language) : null);
	}

	private String text(String code, Language language) {
		return this.messages.getMessage(code, null, language.locale());
	}

}
