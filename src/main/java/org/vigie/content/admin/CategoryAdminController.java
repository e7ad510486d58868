package org.vigie.content.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.vigie.content.editing.ContentEditor;
import org.vigie.content.editing.EditProblems;
import org.vigie.content.store.Category;
import org.vigie.content.store.CategoryRepository;
import org.vigie.identity.StaffIdentity;
import org.vigie.site.Language;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The categories of each language, as a tree, and a form to add one (as the translation
 * of a category of another language, when it is one).
 */
@Controller
@RequestMapping("/admin/categories")
class CategoryAdminController {

	private final ContentEditor editor;

	private final CategoryRepository categories;

	CategoryAdminController(ContentEditor editor, CategoryRepository categories) {
		this.editor = editor;
		this.categories = categories;
	}

	/** A category in the tree, with its depth. */
	public record Row(Category category, int depth) {
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(@RequestParam(defaultValue = "fr") String lang, @RequestParam(required = false) String done,
			Model model) {
		Language language = Language.fromCode(lang).orElse(Language.FR);
		model.addAttribute("done", (done != null && done.matches("[a-z]{1,20}")) ? done : null);
		return page(language, Map.of(), "", "", model);
	}

	@PostMapping
	String create(@RequestParam(defaultValue = "fr") String lang, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String slug, @RequestParam(required = false) Long parentId,
			@RequestParam(required = false) Long translationOf, @AuthenticationPrincipal StaffIdentity me,
			Model model) {
		Language language = Language.fromCode(lang).orElse(Language.FR);
		try {
			this.editor.createCategory(language, name, slug, parentId, translationOf, me);
			return "redirect:/admin/categories?lang=" + language.code() + "&done=created";
		}
		catch (EditProblems ex) {
			return page(language, ex.problems(), name, slug, model);
		}
	}

	private String page(Language language, Map<String, String> problems, String name, String slug, Model model) {
		List<Category> all = this.categories.findByLanguage(language);
		List<Row> rows = new ArrayList<>();
		add(all, null, 0, rows);
		model.addAttribute("rows", rows);
		model.addAttribute("others",
				this.categories.findAll().stream().filter((category) -> category.getLanguage() != language).toList());
		model.addAttribute("language", language);
		model.addAttribute("languages", Language.all());
		model.addAttribute("problems", problems);
		model.addAttribute("name", name);
		model.addAttribute("slug", slug);
		return "content/admin/categories";
	}

	private static void add(List<Category> all, Long parentId, int depth, List<Row> rows) {
		all.stream()
			.filter((category) -> Objects.equals((category.getParent() != null) ? category.getParent().getId() : null,
					parentId))
			.sorted(java.util.Comparator.comparingInt(Category::getPosition).thenComparing(Category::getName))
			.forEach((category) -> {
				rows.add(new Row(category, depth));
				if (depth < 10) {
					add(all, category.getId(), depth + 1, rows);
				}
			});
	}

}
