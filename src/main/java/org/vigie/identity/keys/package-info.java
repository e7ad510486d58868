/**
 * The server key store: keys from the environment, or generated once into the data
 * folder.
 */
package org.vigie.identity.keys;
