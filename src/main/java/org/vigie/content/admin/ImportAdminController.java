package org.vigie.content.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

import org.vigie.content.editing.ContentEditor;
import org.vigie.content.wordpress.ImportJob;
import org.vigie.content.wordpress.ImportJobRepository;
import org.vigie.content.wordpress.ImportJobs;
import org.vigie.identity.StaffIdentity;
import org.vigie.site.SiteProperties;

import org.springframework.context.i18n.LocaleContextHolder;
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
 * Importing a WordPress export from the back-office: upload the file, follow the
 * progress, read the report.
 */
@Controller
@RequestMapping("/admin/import")
class ImportAdminController {

	private final ImportJobs imports;

	private final ImportJobRepository jobs;

	private final ZoneId zone;

	private final ImportFolders folders;

	ImportAdminController(ImportJobs imports, ImportJobRepository jobs, SiteProperties site, ImportFolders folders) {
		this.imports = imports;
		this.jobs = jobs;
		this.folders = folders;
		this.zone = site.timeZone();
	}

	@GetMapping
	String form(@RequestParam(required = false) String problem, Model model) {
		model.addAttribute("jobs", this.jobs.findTop20ByOrderByStartedAtDescIdDesc());
		model.addAttribute("zone", this.zone);
		model.addAttribute("problem",
				(problem != null && problem.matches("[a-zA-Z]{1,20}")) ? "import.error." + problem : null);
		return "content/admin/import";
	}

	@PostMapping
	String start(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "") String uploads, @RequestParam(defaultValue = "false") boolean dryRun,
			@AuthenticationPrincipal StaffIdentity me, Model model) throws IOException {
		if (file == null || file.isEmpty()) {
			return form("empty", model);
		}
		Path folder = null;
		if (!uploads.isBlank()) {
			folder = this.folders.inside(uploads).orElse(null);
			if (folder == null) {
				return form("uploads", model);
			}
		}
		Path copy = Files.createTempFile("wordpress-export-", ".xml");
		file.transferTo(copy);
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "export.xml";
		name = name.replaceAll("[\\p{Cntrl}]", "");
		ImportJob job = this.imports.start(copy, (name.length() > 300) ? name.substring(0, 300) : name, folder, dryRun,
				me.email(), LocaleContextHolder.getLocale());
		return "redirect:/admin/import/" + job.getId();
	}

	@GetMapping("/{id}")
	String job(@PathVariable long id, Model model) {
		ImportJob job = this.jobs.findById(id).orElseThrow(() -> new ContentEditor.NotFound("import " + id));
		model.addAttribute("job", job);
		model.addAttribute("zone", this.zone);
		if (job.isRunning()) {
			model.addAttribute("refreshSeconds", 2);
		}
		return "content/admin/import-job";
	}

}
