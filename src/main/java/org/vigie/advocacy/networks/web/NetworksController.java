package org.vigie.advocacy.networks.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.advocacy.networks.Membership;
import org.vigie.advocacy.networks.MembershipStore;
import org.vigie.advocacy.networks.MembershipView;
import org.vigie.advocacy.networks.NetworkPaths;
import org.vigie.advocacy.networks.PopoloExport;
import org.vigie.advocacy.networks.Tier;
import org.vigie.advocacy.news.NewsLinks;
import org.vigie.advocacy.organisations.Checks;
import org.vigie.advocacy.organisations.Organisation;
import org.vigie.advocacy.organisations.OrganisationStore;
import org.vigie.advocacy.projects.ProjectStore;
import org.vigie.advocacy.projects.ProjectView;
import org.vigie.advocacy.web.AdvocacyPages;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.SharedPage;
import org.vigie.site.SiteProperties;

/**
 * The networks' public pages: the NGO's memberships grouped by level with its role and
 * since when (past ones apart), a page per organisation (its memberships, the projects it
 * took part in, the news about it), and the Popolo file beside the list
 * ({@code /fr/plaidoyer/reseaux.json}, {@code /nl/beleidswerk/netwerken.json},
 * {@code /en/advocacy/networks.json}).
 */
@Controller
class NetworksController {

	/** The part's stylesheet (it imports the module's). */
	static final String STYLESHEET = "/css/advocacy-projects.css";

	/** The kind of news links of an organisation. */
	static final String NEWS_KIND = "network";

	private final MembershipStore memberships;

	private final OrganisationStore organisations;

	private final ProjectStore projects;

	private final NewsLinks news;

	private final MessageSource messages;

	private final SiteProperties site;

	NetworksController(MembershipStore memberships, OrganisationStore organisations, ProjectStore projects,
			NewsLinks news, MessageSource messages, SiteProperties site) {
		this.memberships = memberships;
		this.organisations = organisations;
		this.projects = projects;
		this.news = news;
		this.messages = messages;
		this.site = site;
	}

	@GetMapping({ "/fr/plaidoyer/reseaux", "/nl/beleidswerk/netwerken", "/en/advocacy/networks" })
	String list(Language language, Model model) {
		List<Membership> all = this.memberships.all();
		PageMeta meta = PageMeta
			.of(language, text("advocacy.networks.title", language), text("advocacy.networks.description", language),
					NetworkPaths.list(language))
			.withTranslations(translations(NetworkPaths::list));
		AdvocacyPages.page(model, meta);
		model.addAttribute("stylesheet", STYLESHEET);
		model.addAttribute("tiers", byTier(all, language));
		model.addAttribute("former",
				all.stream().filter((m) -> !m.current()).map((m) -> MembershipView.of(m, language)).toList());
		model.addAttribute("demo", all.stream().anyMatch(Membership::demo));
		model.addAttribute("popoloPath", NetworkPaths.popolo(language));
		SharedPage.mark(AdvocacyPages.CACHE_TAG);
		return "advocacy/networks/list";
	}

	@GetMapping({ "/fr/plaidoyer/reseaux/{slug}", "/nl/beleidswerk/netwerken/{slug}", "/en/advocacy/networks/{slug}" })
	String organisation(Language language, @PathVariable String slug, Model model) {
		Organisation organisation = this.organisations.bySlug(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<Membership> in = this.memberships.in(organisation.id());
		String path = NetworkPaths.organisation(language, slug);
		PageMeta meta = new PageMeta(language, organisation.label(),
				text("advocacy.networks.organisation.description", language, organisation.name()), path,
				NetworkPaths.organisation(slug),
				List.of(new PageMeta.Crumb(text("advocacy.networks.title", language), NetworkPaths.list(language)),
						new PageMeta.Crumb(organisation.label(), path)),
				"website", null,
				List.of(NetworkJsonLd.of(organisation, in, this.organisations.own().orElse(null), language, this.site)),
				null);
		AdvocacyPages.page(model, meta);
		model.addAttribute("stylesheet", STYLESHEET);
		model.addAttribute("organisation", organisation);
		model.addAttribute("country",
				(organisation.country() != null) ? Checks.countryName(organisation.country(), language) : null);
		model.addAttribute("memberships", in.stream().map((m) -> MembershipView.of(m, language)).toList());
		model.addAttribute("projects",
				this.projects.withPartner(organisation.id())
					.stream()
					.map((project) -> ProjectView.of(project, language))
					.toList());
		model.addAttribute("posts", this.news.posts(NEWS_KIND, organisation.id(), language));
		model.addAttribute("demo", organisation.demo());
		SharedPage.mark(AdvocacyPages.CACHE_TAG);
		return "advocacy/networks/organisation";
	}

	@GetMapping({ "/fr/plaidoyer/reseaux.json", "/nl/beleidswerk/netwerken.json", "/en/advocacy/networks.json" })
	ResponseEntity<byte[]> popolo() {
		byte[] json = PopoloExport.write(this.organisations.all(), this.memberships.all(),
				this.organisations.own().orElse(null));
		SharedPage.mark(AdvocacyPages.CACHE_TAG);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
	}

	/** The current memberships by level, every level present even when empty. */
	static Map<Tier, List<MembershipView>> byTier(List<Membership> all, Language language) {
		Map<Tier, List<MembershipView>> tiers = new EnumMap<>(Tier.class);
		for (Tier tier : Tier.values()) {
			tiers.put(tier,
					all.stream()
						.filter((m) -> m.tier() == tier && m.current())
						.map((m) -> MembershipView.of(m, language))
						.toList());
		}
		return new LinkedHashMap<>(tiers);
	}

	static Map<Language, String> translations(java.util.function.Function<Language, String> path) {
		Map<Language, String> paths = new EnumMap<>(Language.class);
		Language.all().forEach((language) -> paths.put(language, path.apply(language)));
		return paths;
	}

	private String text(String key, Language language, Object... args) {
		return this.messages.getMessage(key, args, language.locale());
	}

}
