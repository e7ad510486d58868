/**
 * The media library's tables and files: entities, repositories and the storage port with
 * its disk adapter.
 */
package org.vigie.media.store;
