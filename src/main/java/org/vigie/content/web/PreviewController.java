package org.vigie.content.web;

import java.util.List;

import org.vigie.content.ContentPaths;
import org.vigie.content.ContentPermissions;
import org.vigie.content.store.Page;
import org.vigie.content.store.PageRepository;
import org.vigie.content.store.Post;
import org.vigie.content.store.PostRepository;
import org.vigie.identity.StaffIdentity;
import org.vigie.site.PageMeta;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Shows a post or a page as readers will see it, drafts included, to the staff who may
 * edit it. Previews live under {@code /admin}: never cached, never indexed.
 */
@Controller
class PreviewController {

	private final PostRepository posts;

	private final PageRepository pages;

	private final Newsroom newsroom;

	PreviewController(PostRepository posts, PageRepository pages, Newsroom newsroom) {
		this.posts = posts;
		this.pages = pages;
		this.newsroom = newsroom;
	}

	@GetMapping("/admin/posts/{id}/preview")
	@Transactional(readOnly = true)
	String post(@PathVariable long id, @AuthenticationPrincipal StaffIdentity me, Model model) {
		Post post = this.posts.findById(id).filter((found) -> mayRead(found, me)).orElseThrow(PreviewController::gone);
		PostView view = this.newsroom.preview(post);
		model.addAttribute("meta", PageMeta.of(post.getLanguage(), post.getTitle(), view.card().excerpt(),
				ContentPaths.post(post.getLanguage(), post.getSlug())));
		model.addAttribute("post", view);
		model.addAttribute("share", List.of());
		model.addAttribute("bare", true);
		model.addAttribute("preview", "/admin/posts/" + id);
		return "content/post";
	}

	@GetMapping("/admin/pages/{id}/preview")
	@Transactional(readOnly = true)
	String page(@PathVariable long id, @AuthenticationPrincipal StaffIdentity me, Model model) {
		Page page = this.pages.findById(id).filter((found) -> mayRead(found, me)).orElseThrow(PreviewController::gone);
		model.addAttribute("meta", PageMeta.of(page.getLanguage(), page.getTitle(),
				(page.getSummary() != null) ? page.getSummary() : page.getTitle(), "/admin/pages/" + id));
		model.addAttribute("page", new PageView(page.getTitle(), page.getSummary(), page.getBodyHtml(), page
			.getSections()
			.stream()
			.map((section) -> new PageView.Section(section.getAnchor(), section.getHeading(), section.getBodyHtml()))
			.toList(), List.of()));
		model.addAttribute("bare", true);
		model.addAttribute("preview", "/admin/pages/" + id);
		return "content/page";
	}

	/** Editors preview everything; authors their own items. */
	private boolean mayRead(org.vigie.content.store.Editable item, StaffIdentity me) {
		return me.can(ContentPermissions.EDIT_ANY) || (item.getOwnerId() != null && item.getOwnerId() == me.id());
	}

	private static ResponseStatusException gone() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
