package org.vigie.media.web;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.vigie.identity.StaffIdentity;
import org.vigie.media.MediaLibrary;
import org.vigie.media.MediaUsage;
import org.vigie.media.UploadRefused;
import org.vigie.site.Language;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The media library's back-office page: uploading images and PDF documents, writing each
 * image's text alternative in every language, and seeing how many items use each file.
 */
@Controller
@RequestMapping("/admin/media")
class MediaAdminController {

	private final MediaLibrary library;

	private final MediaUsage usage;

	MediaAdminController(MediaLibrary library, MediaUsage usage) {
		this.library = library;
		this.usage = usage;
	}

	@GetMapping
	String list(@RequestParam(required = false) String done, @RequestParam(required = false) String problem,
			Model model) {
		model.addAttribute("items", this.library.recent());
		model.addAttribute("usage", this.usage.counts());
		model.addAttribute("languages", Language.all());
		model.addAttribute("done", (done != null && done.matches("[a-z]{1,20}")) ? done : null);
		model.addAttribute("problem",
				(problem != null && problem.matches("[a-zA-Z]{1,20}")) ? "media.error." + problem : null);
		model.addAttribute("maxMegabytes", MediaLibrary.MAX_BYTES / (1024 * 1024));
		return "media/library";
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal StaffIdentity me, HttpServletRequest request, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("uploadProblem", "media.error.empty");
			return list(null, null, model);
		}
		try {
			long id = this.library.upload(file.getOriginalFilename(), file.getBytes(), me.email()).id();
			Map<Language, String> alts = alts(request);
			if (!alts.isEmpty()) {
				this.library.describe(id, alts);
			}
			return "redirect:/admin/media?done=uploaded#media-" + id;
		}
		catch (UploadRefused ex) {
			model.addAttribute("uploadProblem", ex.messageKey());
			return list(null, null, model);
		}
	}

	@PostMapping("/{id}/alt")
	String describe(@PathVariable long id, HttpServletRequest request, Model model) {
		try {
			this.library.describe(id, alts(request));
			return "redirect:/admin/media?done=described#media-" + id;
		}
		catch (UploadRefused ex) {
			model.addAttribute("problem", ex.messageKey());
			return list(null, null, model);
		}
	}

	private static Map<Language, String> alts(HttpServletRequest request) {
		Map<Language, String> alts = new EnumMap<>(Language.class);
		for (Language language : Language.all()) {
			String alt = request.getParameter("alt_" + language.code());
			if (alt != null) {
				alts.put(language, alt);
			}
		}
		return alts;
	}

}
