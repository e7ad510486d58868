package org.vigie.content.admin;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.vigie.content.ContentPermissions;
import org.vigie.content.editing.ContentEditor;
import org.vigie.content.editing.EditConflict;
import org.vigie.content.editing.EditProblems;
import org.vigie.content.editing.NotAllowed;
import org.vigie.content.editing.PostForm;
import org.vigie.content.store.CategoryRepository;
import org.vigie.content.store.Post;
import org.vigie.content.store.PostRepository;
import org.vigie.content.store.Revision;
import org.vigie.content.store.Tag;
import org.vigie.identity.StaffIdentity;
import org.vigie.media.MediaLibrary;
import org.vigie.site.Language;
import org.vigie.site.SiteProperties;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
 * The news editor: the list of posts per language, writing and editing, preview,
 * publication now or at a set time, translations and revisions.
 */
@Controller
@RequestMapping("/admin/posts")
class PostAdminController extends ItemAdmin<Post> {

	private static final int PAGE_SIZE = 30;

	private final EditorLabels labels;

	private final PostRepository posts;

	private final CategoryRepository categories;

	private final MediaLibrary media;

	private final Clock clock;

	PostAdminController(ContentEditor editor, EditorLabels labels, PostRepository posts, CategoryRepository categories,
			MediaLibrary media, Clock clock, SiteProperties site) {
		super(editor, site.timeZone(), Revision.Kind.POST, "posts");
		this.labels = labels;
		this.posts = posts;
		this.categories = categories;
		this.media = media;
		this.clock = clock;
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(@RequestParam(defaultValue = "fr") String lang, @RequestParam(defaultValue = "1") String page,
			@RequestParam(required = false) String done, @AuthenticationPrincipal StaffIdentity me, Model model) {
		Language language = Language.fromCode(lang).orElse(Language.FR);
		int number = page.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(page) : 1;
		PageRequest request = PageRequest.of(number - 1, PAGE_SIZE,
				Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")));
		model.addAttribute("posts", me.can(ContentPermissions.EDIT_ANY) ? this.posts.findByLanguage(language, request)
				: this.posts.findByLanguageAndOwnerId(language, me.id(), request));
		model.addAttribute("language", language);
		model.addAttribute("languages", Language.all());
		model.addAttribute("zone", this.zone);
		model.addAttribute("done", (done != null && done.matches("[a-z]{1,20}")) ? done : null);
		return "content/admin/posts";
	}

	@GetMapping("/new")
	String create(@RequestParam(defaultValue = "fr") String lang, Model model) {
		Language language = Language.fromCode(lang).orElse(Language.FR);
		return form(null, language, new PostForm("", "", "", "", "", "", List.of(), "", false), Map.of(), 0, model);
	}

	@PostMapping("/new")
	String created(@RequestParam(defaultValue = "fr") String lang, PostForm form,
			@RequestParam(defaultValue = "save") String action, @AuthenticationPrincipal StaffIdentity me,
			Model model) {
		Language language = Language.fromCode(lang).orElse(Language.FR);
		try {
			Post post = this.editor.createPost(language, form, me);
			return after(post.getId(), action, "created");
		}
		catch (EditProblems ex) {
			return form(null, language, form, ex.problems(), 0, model);
		}
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String edit(@PathVariable long id, @RequestParam(required = false) String done,
			@AuthenticationPrincipal StaffIdentity me, Model model) {
		Post post = found(id);
		if (!this.editor.mayEdit(post, me)) {
			throw new NotAllowed("edit " + id);
		}
		model.addAttribute("done", (done != null && done.matches("[a-z]{1,20}")) ? done : null);
		return form(post, post.getLanguage(), formOf(post), Map.of(), post.getVersion(), model);
	}

	@PostMapping("/{id}")
	String save(@PathVariable long id, @RequestParam long version, PostForm form,
			@RequestParam(defaultValue = "save") String action, @AuthenticationPrincipal StaffIdentity me,
			Model model) {
		try {
			this.editor.updatePost(id, version, form, me);
			return after(id, action, "saved");
		}
		catch (EditProblems ex) {
			Post post = found(id);
			return form(post, post.getLanguage(), form, ex.problems(), version, model);
		}
		catch (EditConflict ex) {
			Post post = found(id);
			model.addAttribute("conflict", true);
			return form(post, post.getLanguage(), form, Map.of(), ex.currentVersion(), model);
		}
	}

	@Override
	Post found(long id) {
		return this.posts.findById(id).orElseThrow(() -> new ContentEditor.NotFound("post " + id));
	}

	private static PostForm formOf(Post post) {
		return new PostForm(post.getTitle(), post.getSlug(), post.getExcerpt(), post.getBody(), post.getCoverPath(),
				post.getCoverAlt(), post.getCategories().stream().map((category) -> category.getId()).toList(),
				String.join(", ", post.getTags().stream().map(Tag::getName).toList()), post.isFeatured());
	}

	private String form(Post post, Language language, PostForm form, Map<String, String> problems, long version,
			Model model) {
		model.addAttribute("post", post);
		model.addAttribute("language", language);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("version", version);
		model.addAttribute("categories", this.categories.findByLanguage(language));
		model.addAttribute("images", this.media.recentImages());
		model.addAttribute("usesEditor", true);
		model.addAttribute("editorLabels", this.labels.json());
		if (post != null) {
			model.addAttribute("translations",
					EditorSupport.translations(this.posts.findByTranslationKey(post.getTranslationKey())));
			model.addAttribute("revisions", this.editor.revisions(Revision.Kind.POST, post.getId()));
			EditorSupport.publication(model, post, this.clock.instant(), this.zone);
		}
		return "content/admin/post-edit";
	}

	@Override
	Post translation(long id, Language language, StaffIdentity me) {
		return this.editor.translatePost(id, language, me);
	}

	@Override
	String redisplay(Post post, Map<String, String> problems, Model model) {
		return form(post, post.getLanguage(), formOf(post), problems, post.getVersion(), model);
	}

}
