package org.vigie.site;

import org.springframework.util.unit.DataSize;

/**
 * The largest {@code multipart/form-data} request an address takes, declared as a bean by
 * the module that owns the address. Every other address takes {@link #ELSEWHERE}. The
 * limit is checked against the announced length before anything reads or parses the
 * request.
 *
 * @param pattern the addresses, as a Spring path pattern ({@code /admin/media/**})
 * @param maximum the largest request, file and other fields together
 * @param tooLarge where a browser is sent when the request is larger, with a message for
 * the person (a path of the same page)
 */
public record UploadLimit(String pattern, DataSize maximum, String tooLarge) {

	/** The limit of every address no module declared a limit for. */
	public static final DataSize ELSEWHERE = DataSize.ofMegabytes(1);

}
