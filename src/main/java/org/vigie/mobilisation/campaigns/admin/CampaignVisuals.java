package org.vigie.mobilisation.campaigns.admin;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.vigie.media.MediaFile;
import org.vigie.media.MediaLibrary;
import org.vigie.media.MediaUsage;
import org.vigie.mobilisation.campaigns.Campaign;
import org.vigie.mobilisation.campaigns.CampaignRefused;

/**
 * The campaign's visual, picked in the media library by its number or its address: it
 * must be an image the library holds. What the campaign keeps is the address of its
 * largest width; the library is told which campaign uses it, so nobody removes it.
 */
@Component("mobilisation.campaigns.CampaignVisuals")
class CampaignVisuals {

	private static final int LONGEST_ID = 18;

	private final MediaLibrary library;

	private final MediaUsage usage;

	CampaignVisuals(MediaLibrary library, MediaUsage usage) {
		this.library = library;
		this.usage = usage;
	}

	/**
	 * The address of the image typed (a media id or the {@code /media/img/…} address of
	 * its largest width), or {@code null} when nothing was typed.
	 * @throws CampaignRefused when it is not an image of the library
	 */
	String address(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String value = typed.strip();
		Optional<MediaFile> found;
		if (value.matches("[0-9]{1," + LONGEST_ID + "}")) {
			found = this.library.find(Long.parseLong(value)).filter(MediaFile::isImage);
		}
		else {
			found = this.library.imageAt(value);
		}
		return found.map(MediaFile::path)
			.orElseThrow(() -> new CampaignRefused("mobilisation.campaigns.refused.visual", "image"));
	}

	/** Tells the media library the file the campaign now shows, if any. */
	void recordUse(Campaign campaign) {
		this.usage.record("mobilisation:campaign:" + campaign.id(),
				(campaign.imagePath() != null) ? List.of(campaign.imagePath()) : List.of());
	}

}
