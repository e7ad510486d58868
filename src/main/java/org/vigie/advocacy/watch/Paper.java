package org.vigie.advocacy.watch;

/**
 * One of the NGO's position papers on a file: a document of the media library.
 *
 * @param mediaId its id in the media library
 * @param path its public address under {@code /media/}
 * @param fileName its name in the library
 * @param shownPublic whether it is listed on the file's public page (when the file is
 * public too)
 */
public record Paper(long mediaId, String path, String fileName, boolean shownPublic) {
}
