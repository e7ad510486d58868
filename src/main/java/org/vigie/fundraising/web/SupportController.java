package org.vigie.fundraising.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.fundraising.Money;
import org.vigie.fundraising.banking.BankAccount;
import org.vigie.fundraising.banking.EpcQr;
import org.vigie.fundraising.campaigns.Campaign;
import org.vigie.fundraising.campaigns.CampaignStore;
import org.vigie.fundraising.gifts.FundraisingProperties;
import org.vigie.fundraising.gifts.Gift;
import org.vigie.fundraising.gifts.GiftRefused;
import org.vigie.fundraising.gifts.GiftStatus;
import org.vigie.fundraising.gifts.Gifts;
import org.vigie.fundraising.gifts.PaymentProviders;
import org.vigie.fundraising.ledger.Ledger;
import org.vigie.fundraising.payments.Checkout;
import org.vigie.fundraising.payments.CheckoutRequest;
import org.vigie.fundraising.payments.PaymentMethod;
import org.vigie.fundraising.payments.PaymentProvider;
import org.vigie.fundraising.payments.PaymentRefused;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.SameOrigin;
import org.vigie.site.SiteProperties;

/**
 * The donors' pages: the campaigns, a campaign with its live figures, the checkout, and a
 * gift's page (the transfer details with their QR code, or what the provider answered).
 * Every figure is computed from the ledger on each view.
 */
@Controller
class SupportController {

	static final String STYLESHEET = "/css/fundraising.css";

	private final CampaignStore campaigns;

	private final Ledger ledger;

	private final Gifts gifts;

	private final PaymentProviders providers;

	private final SupportFormTokens tokens;

	private final GiveThrottle throttle;

	private final FundraisingProperties properties;

	private final SiteProperties site;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final Clock clock;

	SupportController(CampaignStore campaigns, Ledger ledger, Gifts gifts, PaymentProviders providers,
			SupportFormTokens tokens, GiveThrottle throttle, FundraisingProperties properties, SiteProperties site,
			MessageSource messages, JdbcClient jdbc, Clock clock) {
		this.campaigns = campaigns;
		this.ledger = ledger;
		this.gifts = gifts;
		this.providers = providers;
		this.tokens = tokens;
		this.throttle = throttle;
		this.properties = properties;
		this.site = site;
		this.messages = messages;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@GetMapping({ "/fr/soutenir", "/nl/steunen", "/en/support" })
	String list(Language language, Model model) {
		LocalDate today = today();
		List<CampaignView> views = this.campaigns.published()
			.stream()
			.map((campaign) -> view(campaign, language, today))
			.toList();
		Map<Language, String> translations = new EnumMap<>(Language.class);
		Language.all().forEach((other) -> translations.put(other, SupportPaths.base(other)));
		page(model,
				PageMeta
					.of(language, text("fundraising.list.title", language),
							text("fundraising.list.description", language), SupportPaths.base(language))
					.withTranslations(translations));
		model.addAttribute("open", views.stream().filter(CampaignView::open).toList());
		model.addAttribute("finished", views.stream().filter((view) -> !view.open()).toList());
		return "fundraising/support/list";
	}

	@GetMapping({ "/fr/soutenir/{slug}", "/nl/steunen/{slug}", "/en/support/{slug}" })
	String campaign(Language language, @PathVariable String slug, Model model) {
		Campaign campaign = campaign(language, slug);
		LocalDate today = today();
		CampaignView view = view(campaign, language, today);
		page(model, campaignMeta(language, campaign, campaign.text(language).title(), ""));
		model.addAttribute("view", view);
		model.addAttribute("updates", this.campaigns.updates(campaign.id(), language));
		model.addAttribute("stretch",
				campaign.stretchGoals()
					.stream()
					.map((goal) -> new Stretch(Money.whole(goal.amountCents(), language), goal.labels().get(language),
							view.figures().raisedCents() >= goal.amountCents()))
					.toList());
		model.addAttribute("supporters", supporters(campaign.id()));
		return "fundraising/support/campaign";
	}

	@GetMapping({ "/fr/soutenir/{slug}/donner", "/nl/steunen/{slug}/geven", "/en/support/{slug}/give" })
	String giveForm(Language language, @PathVariable String slug, @RequestParam(required = false) String page,
			Model model) {
		Campaign campaign = campaign(language, slug);
		UUID pageId = uuid(page).filter((id) -> pageOf(campaign, id)).orElse(null);
		return form(language, campaign, pageId, GiveForm.empty(), null, model);
	}

	@PostMapping({ "/fr/soutenir/{slug}/donner", "/nl/steunen/{slug}/geven", "/en/support/{slug}/give" })
	String give(Language language, @PathVariable String slug, @RequestParam Map<String, String> sent,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Campaign campaign = campaign(language, slug);
		UUID pageId = uuid(sent.get("page")).orElse(null);
		if (!SameOrigin.sentFromHere(request)) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return form(language, campaign, pageId, GiveForm.empty(), "fundraising.give.problem.origin", model);
		}
		Instant now = this.clock.instant();
		SupportFormTokens.Problem problem = this.tokens.check(sent.get("token"), scope(campaign), now, true);
		if (problem != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(language, campaign, pageId, GiveForm.empty(),
					"fundraising.give.problem.token." + problem.name(), model);
		}
		if (!this.throttle.allow(GiveThrottle.Bucket.CLIENT_GIFTS, request)
				|| !this.throttle.allowCampaign(campaign.id())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return form(language, campaign, pageId, GiveForm.empty(), "fundraising.give.problem.tooMany", model);
		}
		if (pageId != null && !pageOf(campaign, pageId)) {
			pageId = null;
		}
		Optional<PaymentProvider> provider = this.providers.active();
		GiveForm form = GiveForm.read(sent, campaign.id(), pageId, language, provider.isPresent());
		if (!form.errors().isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return form(language, campaign, pageId, form, "fundraising.give.problem.fields", model);
		}
		Gift gift;
		try {
			gift = this.gifts.promise(form.request(), today(), now);
		}
		catch (GiftRefused ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			model.addAttribute("problemArguments", ex.arguments());
			return form(language, campaign, pageId, form, ex.code(), model);
		}
		if (gift.method() == PaymentMethod.TRANSFER) {
			return "redirect:" + SupportPaths.gift(language, gift.id());
		}
		PaymentProvider chosen = provider.orElseThrow();
		try {
			Checkout checkout = chosen.start(new CheckoutRequest(gift.id(), gift.amountCents(), gift.monthly(),
					gift.method(), campaign.text(language).title(), language.code(),
					form.request().donor().firstName() + " " + form.request().donor().lastName(),
					form.request().donor().email(),
					URI.create(this.site.absolute(SupportPaths.gift(language, gift.id()))),
					URI.create(this.site.absolute(SupportPaths.WEBHOOKS + "/" + chosen.name()))));
			this.gifts.startedWith(gift.id(), chosen.name(), checkout.paymentRef());
			return "redirect:" + checkout.redirect();
		}
		catch (PaymentRefused ex) {
			this.gifts.fail(gift.id());
			boolean theDonors = "fundraising.payment.problem.method".equals(ex.code())
					|| "fundraising.payment.problem.refused".equals(ex.code());
			response.setStatus(theDonors ? HttpStatus.UNPROCESSABLE_ENTITY.value() : HttpStatus.BAD_GATEWAY.value());
			return form(language, campaign, pageId, form, theDonors ? ex.code() : "fundraising.give.problem.provider",
					model);
		}
	}

	@GetMapping({ "/fr/soutenir/don/{id}", "/nl/steunen/gift/{id}", "/en/support/gift/{id}" })
	String gift(Language language, @PathVariable String id, Model model) {
		Gift gift = uuid(id).flatMap(this.gifts::byId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Campaign campaign = this.campaigns.byId(gift.campaignId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Map<Language, String> translations = new EnumMap<>(Language.class);
		Language.all().forEach((other) -> translations.put(other, SupportPaths.gift(other, gift.id())));
		page(model,
				PageMeta
					.of(language, text("fundraising.gift.title", language), "", SupportPaths.gift(language, gift.id()))
					.withTranslations(translations));
		model.addAttribute("gift", gift);
		model.addAttribute("campaign",
				CampaignView.of(campaign, language, this.ledger.figures(campaign.id(), campaign.goalCents()), today()));
		model.addAttribute("amount", Money.format(gift.amountCents(), language));
		if (gift.method() == PaymentMethod.TRANSFER && gift.status() == GiftStatus.PENDING) {
			BankAccount account = BankAccount.parse(this.properties.iban());
			EpcQr qr = new EpcQr(this.properties.beneficiary(), account,
					java.math.BigDecimal.valueOf(gift.amountCents(), 2), gift.communication());
			model.addAttribute("iban", account.display());
			model.addAttribute("bic", this.properties.bic());
			model.addAttribute("beneficiary", this.properties.beneficiary());
			model.addAttribute("communication", gift.communication().display());
			model.addAttribute("qr", qr.svg(text("fundraising.gift.qr.label", language)));
		}
		return "fundraising/support/gift";
	}

	private String form(Language language, Campaign campaign, UUID pageId, GiveForm form, String problem, Model model) {
		page(model,
				campaignMeta(language, campaign,
						text("fundraising.give.title", language) + " – " + campaign.text(language).title(),
						"/" + SupportPaths.giveWord(language)));
		model.addAttribute("view", view(campaign, language, today()));
		model.addAttribute("form", form);
		model.addAttribute("problem", problem);
		Object[] arguments = (Object[]) model.getAttribute("problemArguments");
		model.addAttribute("problemText",
				(problem != null) ? this.messages.getMessage(problem, arguments, language.locale()) : null);
		model.addAttribute("token", this.tokens.issue(scope(campaign), this.clock.instant()));
		model.addAttribute("pageId", pageId);
		model.addAttribute("pageName", (pageId != null) ? pageName(pageId) : null);
		model.addAttribute("providerMethods",
				this.providers.active()
					.map((provider) -> provider.methods()
						.stream()
						.filter((method) -> method == PaymentMethod.BANCONTACT || method == PaymentMethod.CARD)
						.sorted()
						.toList())
					.orElse(List.of()));
		model.addAttribute("suggested", List.of(25, 50, 100, 250));
		model.addAttribute("minimum", Money.whole(this.properties.minimumCents(), language));
		model.addAttribute("maximum", Money.whole(this.properties.maximumCents(), language));
		return "fundraising/support/give";
	}

	private boolean pageOf(Campaign campaign, UUID pageId) {
		return this.jdbc
			.sql("select count(*) from fundraising_page where id = ? and campaign_id = ? and hidden = false")
			.params(pageId, campaign.id())
			.query(Long.class)
			.single() > 0;
	}

	private String pageName(UUID pageId) {
		return this.jdbc.sql("select display_name from fundraising_page where id = ?")
			.param(pageId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/** The names of the last donors who agreed to be shown. */
	private List<String> supporters(UUID campaignId) {
		return this.jdbc.sql("""
				select public_name from fundraising_gift where campaign_id = ? and status = 'SETTLED'
				and public_name is not null order by settled_on desc, created_at desc""")
			.param(campaignId)
			.query(String.class)
			.list()
			.stream()
			.distinct()
			.limit(12)
			.toList();
	}

	private CampaignView view(Campaign campaign, Language language, LocalDate today) {
		return CampaignView.of(campaign, language, this.ledger.figures(campaign.id(), campaign.goalCents()), today);
	}

	private Campaign campaign(Language language, String slug) {
		return this.campaigns.publishedBySlug(language, slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String scope(Campaign campaign) {
		return "give|" + campaign.id();
	}

	private PageMeta campaignMeta(Language language, Campaign campaign, String title, String suffix) {
		Map<Language, String> translations = new LinkedHashMap<>();
		for (Language other : Language.all()) {
			String otherSuffix = suffix.isEmpty() ? "" : "/" + SupportPaths.giveWord(other);
			translations.put(other, SupportPaths.campaign(other, campaign) + otherSuffix);
		}
		return PageMeta
			.of(language, title, campaign.text(language).summary(), SupportPaths.campaign(language, campaign) + suffix)
			.withTranslations(new EnumMap<>(translations))
			.withBreadcrumbs(List.of(
					new PageMeta.Crumb(text("fundraising.list.title", language), SupportPaths.base(language)),
					new PageMeta.Crumb(campaign.text(language).title(), SupportPaths.campaign(language, campaign))));
	}

	private void page(Model model, PageMeta meta) {
		model.addAttribute("meta", meta);
		model.addAttribute("stylesheet", STYLESHEET);
		model.addAttribute("basePath", SupportPaths.base(meta.language()));
		model.addAttribute("minePath", SupportPaths.mine(meta.language()));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.site.timeZone());
	}

	private String text(String code, Language language) {
		return this.messages.getMessage(code, null, language.locale());
	}

	static Optional<UUID> uuid(String value) {
		if (value == null || value.length() != 36) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** A stretch goal as shown. */
	record Stretch(String amount, String label, boolean reached) {
	}

}
