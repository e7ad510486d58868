/**
 * Media: the images and documents every module shows. Its API is
 * {@link org.vigie.media.MediaLibrary} (uploads with their checks and re-encoding, text
 * alternatives per language, renditions and public addresses, as
 * {@link org.vigie.media.MediaFile}) and {@link org.vigie.media.MediaUsage} (which
 * module's items use which file).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Media")
package org.vigie.media;
