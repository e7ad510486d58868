package org.vigie.media;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vigie.media.store.Media;
import org.vigie.media.store.MediaRepository;
import org.vigie.media.store.MediaUse;
import org.vigie.media.store.MediaUseRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which items of other modules show which media files. A module records, each time it
 * saves an item, the media addresses the item holds (its cover, the images and documents
 * its body links to), under a name of its own such as {@code content:post:12}; the media
 * library then shows where each file is used, so nobody removes a file a page still
 * shows.
 */
@Service
public class MediaUsage {

	/**
	 * Media addresses as they appear in HTML: {@code src}, {@code href} or
	 * {@code srcset}.
	 */
	private static final Pattern ADDRESS = Pattern.compile("/media/(?:img|doc)/[a-z0-9._/-]{1,200}");

	private final MediaUseRepository uses;

	private final MediaRepository media;

	MediaUsage(MediaUseRepository uses, MediaRepository media) {
		this.uses = uses;
		this.media = media;
	}

	/**
	 * Records the media an item uses now, replacing what it used before. Addresses that
	 * are not media files of the library are ignored.
	 * @param user the item, named by its module ({@code content:post:12})
	 * @param addresses public addresses under {@code /media/}, of any width of an image
	 */
	@Transactional
	public void record(String user, Collection<String> addresses) {
		Set<String> keys = new LinkedHashSet<>();
		addresses.forEach((address) -> storageKey(address).ifPresent(keys::add));
		this.uses.deleteByUsedBy(user);
		if (keys.isEmpty()) {
			return;
		}
		this.media.findByStorageKeyIn(keys)
			.stream()
			.map(Media::getId)
			.distinct()
			.forEach((id) -> this.uses.save(new MediaUse(id, user)));
	}

	/** Forgets an item that no longer exists. */
	@Transactional
	public void forget(String user) {
		this.uses.deleteByUsedBy(user);
	}

	/** The items that use a media file, by their modules' names. */
	@Transactional(readOnly = true)
	public List<String> usersOf(long mediaId) {
		return this.uses.findByMediaIdOrderByUsedBy(mediaId).stream().map(MediaUse::getUsedBy).toList();
	}

	/** How many items use each media file that is used at all, by media id. */
	@Transactional(readOnly = true)
	public Map<Long, Long> counts() {
		Map<Long, Long> counts = new HashMap<>();
		this.uses.countByMedia().forEach((row) -> counts.put((Long) row[0], (Long) row[1]));
		return counts;
	}

	/** The media addresses written in a piece of HTML, each once. */
	public static Set<String> addressesIn(String html) {
		Set<String> found = new LinkedHashSet<>();
		if (html != null) {
			Matcher matcher = ADDRESS.matcher(html);
			while (matcher.find()) {
				found.add(matcher.group());
			}
		}
		return found;
	}

	/** The file an address leads to: an image's folder of widths, or a document. */
	private static Optional<String> storageKey(String address) {
		if (address == null || !address.startsWith("/media/")) {
			return Optional.empty();
		}
		String rest = address.substring("/media/".length());
		if (rest.startsWith("img/")) {
			int slash = rest.lastIndexOf('/');
			return (slash > "img/".length()) ? Optional.of(rest.substring(0, slash)) : Optional.empty();
		}
		return rest.startsWith("doc/") ? Optional.of(rest) : Optional.empty();
	}

}
