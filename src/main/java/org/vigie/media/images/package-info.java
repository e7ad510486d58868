/**
 * Decoding uploaded images within limits and encoding them again, upright and without
 * metadata, in the widths {@code srcset} offers.
 */
package org.vigie.media.images;
