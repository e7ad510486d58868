package org.vigie.content.admin;

import java.time.ZoneId;
import java.util.Map;

import org.vigie.content.editing.ContentEditor;
import org.vigie.content.editing.EditConflict;
import org.vigie.content.editing.EditProblems;
import org.vigie.content.editing.NotAllowed;
import org.vigie.content.store.Editable;
import org.vigie.content.store.Revision;
import org.vigie.identity.StaffIdentity;
import org.vigie.site.Language;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The addresses posts and pages share in the back-office, under the subclass's
 * {@code /admin/posts} or {@code /admin/pages}: publication, translation and revisions.
 *
 * @param <T> the kind of item
 */
abstract class ItemAdmin<T extends Editable> {

	protected final ContentEditor editor;

	protected final ZoneId zone;

	private final Revision.Kind kind;

	private final String base;

	ItemAdmin(ContentEditor editor, ZoneId zone, Revision.Kind kind, String base) {
		this.editor = editor;
		this.zone = zone;
		this.kind = kind;
		this.base = base;
	}

	/** The item, or a 404. */
	abstract T found(long id);

	/** The item's translation into a language, created from it when there is none. */
	abstract T translation(long id, Language language, StaffIdentity me);

	/** The editor page of a saved item, showing its stored values and these problems. */
	abstract String redisplay(T item, Map<String, String> problems, Model model);

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal StaffIdentity me,
			Model model) {
		return change(id, model, () -> this.editor.publish(this.kind, id, version, me), "published");
	}

	@PostMapping("/{id}/schedule")
	String schedule(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "") String publishAt, @AuthenticationPrincipal StaffIdentity me, Model model) {
		return change(id, model,
				() -> this.editor.schedule(this.kind, id, version, EditorSupport.moment(publishAt, this.zone), me),
				"scheduled");
	}

	@PostMapping("/{id}/unpublish")
	String unpublish(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal StaffIdentity me,
			Model model) {
		return change(id, model, () -> this.editor.unpublish(this.kind, id, version, me), "unpublished");
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal StaffIdentity me,
			Model model) {
		Language language = found(id).getLanguage();
		String result = change(id, model, () -> this.editor.delete(this.kind, id, version, me), "deleted");
		return result.startsWith("redirect:")
				? "redirect:/admin/" + this.base + "?lang=" + language.code() + "&done=deleted" : result;
	}

	@PostMapping("/{id}/translate")
	String translate(@PathVariable long id, @RequestParam String language, @AuthenticationPrincipal StaffIdentity me) {
		Language target = Language.fromCode(language).orElseThrow(() -> new ContentEditor.NotFound(language));
		return "redirect:/admin/" + this.base + "/" + translation(id, target, me).getId() + "?done=translated";
	}

	@GetMapping("/{id}/revisions/{number}")
	@Transactional(readOnly = true)
	String revision(@PathVariable long id, @PathVariable int number, @AuthenticationPrincipal StaffIdentity me,
			Model model) {
		T item = found(id);
		if (!this.editor.mayEdit(item, me)) {
			throw new NotAllowed("revisions of " + id);
		}
		Revision revision = this.editor.revisions(this.kind, id)
			.stream()
			.filter((candidate) -> candidate.getNumber() == number)
			.findFirst()
			.orElseThrow(() -> new ContentEditor.NotFound("revision " + number));
		model.addAttribute("item", item);
		model.addAttribute("kind", this.base);
		model.addAttribute("revision", revision);
		model.addAttribute("diffs", RevisionDiff.all(revision, item));
		model.addAttribute("zone", this.zone);
		return "content/admin/revision";
	}

	@PostMapping("/{id}/revisions/{number}/restore")
	String restore(@PathVariable long id, @PathVariable int number, @RequestParam long version,
			@AuthenticationPrincipal StaffIdentity me, Model model) {
		return change(id, model, () -> this.editor.restore(this.kind, id, number, version, me), "restored");
	}

	/** Where a save goes next: the preview, or the editor with a notice. */
	String after(long id, String action, String done) {
		return "preview".equals(action) ? "redirect:/admin/" + this.base + "/" + id + "/preview"
				: "redirect:/admin/" + this.base + "/" + id + "?done=" + done;
	}

	private String change(long id, Model model, Runnable change, String done) {
		try {
			change.run();
			return "redirect:/admin/" + this.base + "/" + id + "?done=" + done;
		}
		catch (EditProblems ex) {
			return redisplay(found(id), ex.problems(), model);
		}
		catch (EditConflict ex) {
			model.addAttribute("conflict", true);
			return redisplay(found(id), Map.of(), model);
		}
	}

}
