package org.vigie.content.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.vigie.content.PageAddition;
import org.vigie.content.store.Page;
import org.vigie.content.store.PageRepository;
import org.vigie.site.SharedPage;
import org.vigie.site.Language;
import org.vigie.site.PageMeta;
import org.vigie.site.PageMeta.Crumb;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UrlPathHelper;

/**
 * The site's pages, at the address made of their slugs down the page tree
 * ({@code /fr/qui-sommes-nous/nos-coalitions}).
 */
@Controller
class PageController {

	private final PageTree tree;

	private final PageRepository pages;

	private final List<PageAddition> additions;

	PageController(PageTree tree, PageRepository pages, List<PageAddition> additions) {
		this.tree = tree;
		this.pages = pages;
		this.additions = additions.stream().sorted(Comparator.comparingInt(PageAddition::order)).toList();
	}

	@GetMapping({ "/fr/**", "/nl/**", "/en/**" })
	@Transactional(readOnly = true)
	String page(Language language, HttpServletRequest request, Model model) {
		PageTree.Node node = this.tree.at(UrlPathHelper.defaultInstance.getPathWithinApplication(request))
			.orElseThrow(PageController::notFound);
		Page page = this.pages.findWithSections(node.id()).orElseThrow(PageController::notFound);
		List<String> tags = new ArrayList<>(List.of("pages"));
		List<PageAddition.Part> parts = new ArrayList<>();
		for (PageAddition addition : this.additions) {
			if (addition.pageKey().equals(page.getTranslationKey())) {
				tags.addAll(addition.tags());
				addition.part(language).ifPresent(parts::add);
			}
		}
		SharedPage.mark(tags.toArray(String[]::new));
		model.addAttribute("additions", parts);
		List<Crumb> crumbs = new ArrayList<>();
		this.tree.ancestors(node).forEach((ancestor) -> crumbs.add(new Crumb(ancestor.title(), ancestor.path())));
		crumbs.add(new Crumb(node.title(), node.path()));
		String description = (page.getSummary() != null) ? page.getSummary() : node.title();
		PageMeta meta = PageMeta.of(language, node.title(), description, node.path())
			.withTranslations(this.tree.translations(node))
			.withBreadcrumbs(crumbs);
		model.addAttribute("meta", meta);
		model.addAttribute("page",
				new PageView(node.title(), page.getSummary(), page.getBodyHtml(), sections(page), node.children()));
		return "content/page";
	}

	private static List<PageView.Section> sections(Page page) {
		return page.getSections()
			.stream()
			.map((section) -> new PageView.Section(section.getAnchor(), section.getHeading(), section.getBodyHtml()))
			.toList();
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
