package org.vigie.advocacy.recommendations.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.advocacy.news.NewsLinks;
import org.vigie.advocacy.recommendations.AddresseeStore;
import org.vigie.advocacy.recommendations.FollowUps;
import org.vigie.advocacy.recommendations.Origin;
import org.vigie.advocacy.recommendations.Recommendation;
import org.vigie.advocacy.recommendations.RecommendationDesk;
import org.vigie.advocacy.recommendations.RecommendationStore;
import org.vigie.advocacy.recommendations.Stage;
import org.vigie.advocacy.web.AdvocacyPages;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.SharedPage;

/**
 * "What became of our recommendations": counts per status and per addressee, the list
 * filtered by status, addressee and origin (a plain GET form), those recommended again
 * and still not implemented, and a page per recommendation with its timeline, evidence,
 * commitments, previous cycle and news posts. Read-only and shared by every reader.
 */
@Controller
class RecommendationsController {

	private final RecommendationStore recommendations;

	private final AddresseeStore addressees;

	private final FollowUps followUps;

	private final NewsLinks news;

	private final MessageSource messages;

	RecommendationsController(RecommendationStore recommendations, AddresseeStore addressees, FollowUps followUps,
			NewsLinks news, MessageSource messages) {
		this.recommendations = recommendations;
		this.addressees = addressees;
		this.followUps = followUps;
		this.news = news;
		this.messages = messages;
	}

	@GetMapping({ RecommendationPaths.FR, RecommendationPaths.NL, RecommendationPaths.EN })
	String list(Language language, @RequestParam(required = false) String status,
			@RequestParam(required = false) String addressee, @RequestParam(required = false) String origin,
			Model model) {
		List<Recommendation> all = this.recommendations.all();
		RecommendationStore.Filter filter = new RecommendationStore.Filter(choice(Stage.class, status),
				this.addressees.byCode((addressee != null) ? addressee : "").map((one) -> one.code()).orElse(null),
				choice(Origin.class, origin));
		List<Recommendation> shown = filter.equals(RecommendationStore.Filter.NONE) ? all
				: this.recommendations.filtered(filter);
		List<Recommendation> again = this.recommendations.againNotImplemented();
		page(model, language, "advocacy.recommendations.title", "advocacy.recommendations.description",
				RecommendationPaths.list(language), RecommendationPaths.lists());
		model.addAttribute("tally", Tally.of(all));
		model.addAttribute("stages", Stage.values());
		model.addAttribute("origins", Origin.values());
		model.addAttribute("addressees", this.addressees.all());
		model.addAttribute("filter", filter);
		model.addAttribute("filtered", !filter.equals(RecommendationStore.Filter.NONE));
		model.addAttribute("shown", shown);
		model.addAttribute("again", again);
		model.addAttribute("byId", all.stream().collect(Collectors.toMap(Recommendation::id, Function.identity())));
		model.addAttribute("demo", all.stream().anyMatch(Recommendation::demo));
		model.addAttribute("jsonPath", RecommendationPaths.list(language) + ".json");
		SharedPage.mark(AdvocacyPages.CACHE_TAG);
		return "advocacy/recommendations/list";
	}

	@GetMapping({ RecommendationPaths.FR + "/{code}", RecommendationPaths.NL + "/{code}",
			RecommendationPaths.EN + "/{code}" })
	String one(Language language, @PathVariable String code, Model model) {
		Recommendation recommendation = (code.length() <= 60) ? this.recommendations.byCode(code).orElse(null) : null;
		if (recommendation == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String title = this.messages.getMessage("advocacy.recommendations.one.title",
				new Object[] { recommendation.code() }, language.locale());
		AdvocacyPages.page(model,
				PageMeta
					.of(language, title, shorten(recommendation.text(language)),
							RecommendationPaths.one(language, code))
					.withTranslations(RecommendationPaths.ones(code)));
		model.addAttribute("stylesheet", "/css/advocacy-recommendations.css");
		model.addAttribute("language", language);
		model.addAttribute("r", recommendation);
		model.addAttribute("steps", this.followUps.steps(recommendation.id()));
		model.addAttribute("commitments", this.followUps.commitments(recommendation.id()));
		model.addAttribute("previous",
				Optional.ofNullable(recommendation.previous()).flatMap(this.recommendations::byId).orElse(null));
		model.addAttribute("later", this.recommendations.takenUpBy(recommendation.id()));
		model.addAttribute("posts", this.news.posts(RecommendationDesk.KIND, recommendation.id(), language));
		model.addAttribute("listPath", RecommendationPaths.list(language));
		SharedPage.mark(AdvocacyPages.CACHE_TAG);
		return "advocacy/recommendations/one";
	}

	private void page(Model model, Language language, String title, String description, String path,
			Map<Language, String> translations) {
		AdvocacyPages.page(model,
				PageMeta
					.of(language, this.messages.getMessage(title, null, language.locale()),
							this.messages.getMessage(description, null, language.locale()), path)
					.withTranslations(translations));
		model.addAttribute("stylesheet", "/css/advocacy-recommendations.css");
		model.addAttribute("language", language);
		model.addAttribute("listPath", path);
	}

	/** A status or origin from the address, or {@code null} when absent or unknown. */
	static <E extends Enum<E>> E choice(Class<E> type, String value) {
		if (value == null || value.isBlank() || value.length() > 40) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		return null;
	}

	private static String shorten(String text) {
		return (text.length() <= 160) ? text : text.substring(0, 157) + "…";
	}

}
