package org.vigie.reporting.reports;

/**
 * An image a reporter attached, once cleaned: re-encoded, so that no metadata (GPS
 * position, camera, date) is left in it.
 *
 * @param mediaType {@code image/jpeg} or {@code image/png}
 * @param bytes the re-encoded image
 */
public record Upload(String mediaType, byte[] bytes) {

}
