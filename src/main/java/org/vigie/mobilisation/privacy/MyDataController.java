package org.vigie.mobilisation.privacy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.vigie.identity.FormTokens;
import org.vigie.mobilisation.people.PrivacyLinks;
import org.vigie.mobilisation.web.ActPaths;
import org.vigie.mobilisation.web.ActionForms;
import org.vigie.mobilisation.web.ActionThrottle;
import org.vigie.mobilisation.web.MobilisationPages;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.SameOrigin;

/**
 * A person's own data page, at the address {@link PrivacyLinks} puts in every email: what
 * the module holds and the consents with their wording, the downloads (JSON and text),
 * and erasing everything (a confirmation step, then a POST from this site). A key that is
 * not genuine answers 404; an erased person's link says that nothing is held.
 */
@Controller
class MyDataController {

	private static final String FR = "/fr/agir/mes-donnees/{key}";

	private static final String NL = "/nl/in-actie/mijn-gegevens/{key}";

	private static final String EN = "/en/act/my-data/{key}";

	private final PrivacyLinks links;

	private final PersonExport export;

	private final PersonErasure erasure;

	private final ActionForms tokens;

	private final ActionThrottle throttle;

	private final MessageSource messages;

	private final Clock clock;

	MyDataController(PrivacyLinks links, PersonExport export, PersonErasure erasure, ActionForms tokens,
			ActionThrottle throttle, MessageSource messages, Clock clock) {
		this.links = links;
		this.export = export;
		this.erasure = erasure;
		this.tokens = tokens;
		this.throttle = throttle;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping({ FR, NL, EN })
	String show(Language language, @PathVariable String key, @RequestParam(required = false) String erased,
			Model model) {
		UUID person = person(key);
		page(language, key, model);
		Optional<PersonExport.Held> held = this.export.of(person, language);
		if (held.isEmpty()) {
			model.addAttribute("erasedNow", erased != null);
			return "mobilisation/privacy/nothing";
		}
		model.addAttribute("held", held.get());
		return "mobilisation/privacy/page";
	}

	@GetMapping({ FR + "/export.json", NL + "/export.json", EN + "/export.json" })
	ResponseEntity<Map<String, Object>> json(Language language, @PathVariable String key) {
		PersonExport.Held held = held(key, language);
		return download("json", MediaType.APPLICATION_JSON).body(PersonExport.json(held));
	}

	@GetMapping({ FR + "/export.txt", NL + "/export.txt", EN + "/export.txt" })
	ResponseEntity<String> text(Language language, @PathVariable String key) {
		PersonExport.Held held = held(key, language);
		return download("txt", new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.body(this.export.text(held, language));
	}

	@GetMapping({ FR + "/effacer", NL + "/wissen", EN + "/erase" })
	String askErase(Language language, @PathVariable String key, Model model) {
		UUID person = person(key);
		held(key, language);
		return confirm(language, key, person, null, model);
	}

	@PostMapping({ FR + "/effacer", NL + "/wissen", EN + "/erase" })
	String erase(Language language, @PathVariable String key, @RequestParam Map<String, String> sent,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		UUID person = person(key);
		if (!SameOrigin.sentFromHere(request)) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return confirm(language, key, person, "mobilisation.problem.origin", model);
		}
		Instant now = this.clock.instant();
		FormTokens.Problem problem = this.tokens.check(sent.get("token"), scope(person), now, true);
		if (problem != null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return confirm(language, key, person, "mobilisation.problem.token." + problem.name(), model);
		}
		if (!this.throttle.allowForm(request)) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return confirm(language, key, person, "mobilisation.problem.tooMany", model);
		}
		if (this.export.of(person, language).isPresent()) {
			this.erasure.erase(person, now);
		}
		return "redirect:" + ActPaths.myData(language, key) + "?erased";
	}

	private String confirm(Language language, String key, UUID person, String problem, Model model) {
		page(language, key, model);
		model.addAttribute("problem", problem);
		model.addAttribute("token", this.tokens.issue(scope(person), this.clock.instant()));
		return "mobilisation/privacy/erase";
	}

	private PersonExport.Held held(String key, Language language) {
		return this.export.of(person(key), language)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private UUID person(String key) {
		return this.links.person(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private void page(Language language, String key, Model model) {
		String base = ActPaths.myData(language, key);
		MobilisationPages.page(model, PageMeta.of(language,
				this.messages.getMessage("mobilisation.privacy.title", null, language.locale()), "", base));
		model.addAttribute("base", base);
		model.addAttribute("erasePath", base + "/" + switch (language) {
			case FR -> "effacer";
			case NL -> "wissen";
			case EN -> "erase";
		});
	}

	private static ResponseEntity.BodyBuilder download(String extension, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("my-data." + extension).build().toString());
	}

	private static String scope(UUID person) {
		return "privacy-erase:" + person;
	}

}
