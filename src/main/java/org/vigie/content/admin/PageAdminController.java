package org.vigie.content.admin;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.vigie.content.editing.ContentEditor;
import org.vigie.content.editing.EditConflict;
import org.vigie.content.editing.EditProblems;
import org.vigie.content.editing.NotAllowed;
import org.vigie.content.editing.PageForm;
import org.vigie.content.store.Page;
import org.vigie.content.store.PageRepository;
import org.vigie.content.store.Revision;
import org.vigie.identity.StaffIdentity;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages editor: each language's page tree, which is also its menu, with its order;
 * writing, preview, publication, translations and revisions.
 */
@Controller
@RequestMapping("/admin/pages")
class PageAdminController extends ItemAdmin<Page> {

	private final EditorLabels labels;

	private final PageRepository pages;

	private final Clock clock;

	PageAdminController(ContentEditor editor, EditorLabels labels, PageRepository pages, Clock clock,
			SiteProperties site) {
		super(editor, site.timeZone(), Revision.Kind.PAGE, "pages");
		this.labels = labels;
		this.pages = pages;
		this.clock = clock;
	}

	/** A page in the tree, with its depth. */
	public record Row(Page page, int depth, boolean first, boolean last) {
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(@RequestParam(defaultValue = "fr") String lang, @RequestParam(required = false) String done,
			Model model) {
		Language language = Language.fromCode(lang).orElse(Language.FR);
		model.addAttribute("rows", tree(language));
		model.addAttribute("language", language);
		model.addAttribute("languages", Language.all());
		model.addAttribute("done", (done != null && done.matches("[a-z]{1,20}")) ? done : null);
		return "content/admin/pages";
	}

	@PostMapping("/{id}/move")
	String move(@PathVariable long id, @RequestParam(defaultValue = "0") int direction,
			@AuthenticationPrincipal StaffIdentity me) {
		Page page = found(id);
		this.editor.movePage(id, direction, me);
		return "redirect:/admin/pages?lang=" + page.getLanguage().code() + "&done=moved";
	}

	@GetMapping("/new")
	@Transactional(readOnly = true)
	String create(@RequestParam(defaultValue = "fr") String lang, Model model) {
		Language language = Language.fromCode(lang).orElse(Language.FR);
		return form(null, language, new PageForm("", "", "", "", null, true), Map.of(), 0, model);
	}

	@PostMapping("/new")
	String created(@RequestParam(defaultValue = "fr") String lang, PageForm form,
			@RequestParam(defaultValue = "save") String action, @AuthenticationPrincipal StaffIdentity me,
			Model model) {
		Language language = Language.fromCode(lang).orElse(Language.FR);
		try {
			Page page = this.editor.createPage(language, form, me);
			return after(page.getId(), action, "created");
		}
		catch (EditProblems ex) {
			return form(null, language, form, ex.problems(), 0, model);
		}
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String edit(@PathVariable long id, @RequestParam(required = false) String done,
			@AuthenticationPrincipal StaffIdentity me, Model model) {
		Page page = found(id);
		if (!this.editor.mayEdit(page, me)) {
			throw new NotAllowed("edit " + id);
		}
		model.addAttribute("done", (done != null && done.matches("[a-z]{1,20}")) ? done : null);
		return form(page, page.getLanguage(), formOf(page), Map.of(), page.getVersion(), model);
	}

	@PostMapping("/{id}")
	String save(@PathVariable long id, @RequestParam long version, PageForm form,
			@RequestParam(defaultValue = "save") String action, @AuthenticationPrincipal StaffIdentity me,
			Model model) {
		try {
			this.editor.updatePage(id, version, form, me);
			return after(id, action, "saved");
		}
		catch (EditProblems ex) {
			Page page = found(id);
			return form(page, page.getLanguage(), form, ex.problems(), version, model);
		}
		catch (EditConflict ex) {
			Page page = found(id);
			model.addAttribute("conflict", true);
			return form(page, page.getLanguage(), form, Map.of(), ex.currentVersion(), model);
		}
	}

	@Override
	Page found(long id) {
		return this.pages.findById(id).orElseThrow(() -> new ContentEditor.NotFound("page " + id));
	}

	private static PageForm formOf(Page page) {
		return new PageForm(page.getTitle(), page.getSlug(), page.getSummary(), page.getBody(),
				(page.getParent() != null) ? page.getParent().getId() : null, page.isInMenu());
	}

	/** The language's pages, parents before their children, siblings in order. */
	private List<Row> tree(Language language) {
		List<Page> all = this.pages.findByLanguageInOrder(language);
		List<Row> rows = new ArrayList<>();
		add(all, null, 0, rows);
		return rows;
	}

	private static void add(List<Page> all, Long parentId, int depth, List<Row> rows) {
		List<Page> children = all.stream()
			.filter((page) -> Objects.equals((page.getParent() != null) ? page.getParent().getId() : null, parentId))
			.toList();
		for (int i = 0; i < children.size(); i++) {
			Page child = children.get(i);
			rows.add(new Row(child, depth, i == 0, i == children.size() - 1));
			if (depth < 10) {
				add(all, child.getId(), depth + 1, rows);
			}
		}
	}

	private String form(Page page, Language language, PageForm form, Map<String, String> problems, long version,
			Model model) {
		model.addAttribute("page", page);
		model.addAttribute("language", language);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("version", version);
		model.addAttribute("parents",
				tree(language).stream()
					.filter((row) -> page == null || !row.page().getId().equals(page.getId()))
					.toList());
		model.addAttribute("usesEditor", true);
		model.addAttribute("editorLabels", this.labels.json());
		if (page != null) {
			model.addAttribute("translations",
					EditorSupport.translations(this.pages.findByTranslationKey(page.getTranslationKey())));
			model.addAttribute("revisions", this.editor.revisions(Revision.Kind.PAGE, page.getId()));
			EditorSupport.publication(model, page, this.clock.instant(), this.zone);
		}
		return "content/admin/page-edit";
	}

	@Override
	Page translation(long id, Language language, StaffIdentity me) {
		return this.editor.translatePage(id, language, me);
	}

	@Override
	String redisplay(Page page, Map<String, String> problems, Model model) {
		return form(page, page.getLanguage(), formOf(page), problems, page.getVersion(), model);
	}

}
