package org.vigie.advocacy.recommendations.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vigie.advocacy.recommendations.Commitment;
import org.vigie.advocacy.recommendations.Evidence;
import org.vigie.advocacy.recommendations.FollowUps;
import org.vigie.advocacy.recommendations.Recommendation;
import org.vigie.advocacy.recommendations.RecommendationStore;
import org.vigie.advocacy.recommendations.Step;
import org.vigie.advocacy.web.AdvocacyPages;
import org.vigie.site.Language;
import org.vigie.site.SharedPage;

/**
 * The recommendations as a dataset, at the listing's address plus {@code .json}: every
 * recommendation with its addressee, timeline (with evidence) and commitments, texts in
 * the three languages, under an open licence. Demo items say so in their {@code demo}
 * field.
 */
@RestController
class RecommendationsData {

	/** The licence of the dataset. */
	static final String LICENCE = "CC-BY-4.0";

	private final RecommendationStore recommendations;

	private final FollowUps followUps;

	RecommendationsData(RecommendationStore recommendations, FollowUps followUps) {
		this.recommendations = recommendations;
		this.followUps = followUps;
	}

	@GetMapping({ RecommendationPaths.FR + ".json", RecommendationPaths.NL + ".json",
			RecommendationPaths.EN + ".json" })
	ResponseEntity<Map<String, Object>> json(Language language) {
		Map<String, Object> dataset = new LinkedHashMap<>();
		dataset.put("licence", LICENCE);
		dataset.put("page", RecommendationPaths.list(language));
		dataset.put("recommendations", this.recommendations.all().stream().map((one) -> entry(one, language)).toList());
		SharedPage.mark(AdvocacyPages.CACHE_TAG);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header("Access-Control-Allow-Origin", "*")
			.body(dataset);
	}

	private Map<String, Object> entry(Recommendation one, Language language) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("code", one.code());
		entry.put("page", RecommendationPaths.one(language, one.code()));
		entry.put("demo", one.demo());
		entry.put("origin", one.origin().name());
		entry.put("cycle", one.cycle());
		entry.put("madeOn", one.madeOn().toString());
		entry.put("reference", Map.of("label", one.reference().label(), "url", orEmpty(one.reference().url())));
		entry.put("text", one.text().byCode());
		entry.put("addressee", addressee(one));
		entry.put("recommendingState", one.recommendingState());
		entry.put("response", one.response().name());
		entry.put("uprCategory", one.uprCategory());
		entry.put("progress", one.progress().name());
		entry.put("previous", (one.previous() != null)
				? this.recommendations.byId(one.previous()).map(Recommendation::code).orElse(null) : null);
		entry.put("status", one.stage().name());
		entry.put("statusOn", one.stageOn().toString());
		entry.put("timeline", this.followUps.steps(one.id()).stream().map(RecommendationsData::step).toList());
		entry.put("commitments",
				this.followUps.commitments(one.id()).stream().map(RecommendationsData::commitment).toList());
		return entry;
	}

	private static Map<String, Object> addressee(Recommendation one) {
		Map<String, Object> addressee = new LinkedHashMap<>();
		addressee.put("code", one.addressee().code());
		addressee.put("level", one.addressee().tier().name());
		addressee.put("kind", one.addressee().branch().name());
		addressee.put("name", one.addressee().name().byCode());
		return addressee;
	}

	private static Map<String, Object> step(Step step) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("status", step.stage().name());
		entry.put("on", step.on().toString());
		entry.put("note", step.note().byCode());
		entry.put("source", source(step.evidence()));
		return entry;
	}

	private static Map<String, Object> commitment(Commitment commitment) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("addressee", (commitment.addressee() != null) ? commitment.addressee().code() : null);
		entry.put("officeHolder", commitment.officeHolder());
		entry.put("on", commitment.on().toString());
		entry.put("text", commitment.text().byCode());
		entry.put("source", source(commitment.evidence()));
		return entry;
	}

	private static Map<String, Object> source(Evidence evidence) {
		Map<String, Object> source = new LinkedHashMap<>();
		source.put("kind", evidence.kind().name());
		source.put("url", evidence.url());
		source.put("label", evidence.label());
		return source;
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

}
